package io.cutover.cli.sample;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.samples.Workload;
import io.cutover.samples.WorkloadResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "workload", description = {"Writes to the SHOP sample in the mapping file's source, for watching "
    + "'cutover stream status' move: new orders, updates, deleted and re-inserted order lines, and orders moved to "
    + "another customer (a shard key change). One transaction per change.",
    "Runs until --duration or --operations is reached, or Ctrl-C; prints progress every 5 seconds and the counts "
        + "per kind at the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:finished (Ctrl-C prints the counts, then exits as interrupted, 130)",
            "2:invalid input, or the source could not be written",
            "3:the source holds no SHOP sample (run cutover sample load)"})
final class SampleWorkloadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Option(names = "--rate", paramLabel = "N", description = "Changes per second; 0 is as fast as the source "
            + "takes them (default: ${DEFAULT-VALUE}).")
    double rate = 100;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 60s, 5m, 1h (default: until Ctrl-C).")
    Duration duration;

    @Option(names = "--operations", paramLabel = "N", description = "Stop after this many changes.")
    Long operations;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the changes (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() {
        if (rate < 0 || (operations != null && operations < 1) || (duration != null && duration.isNegative())) {
            throw new CutoverException(ErrorCode.INVALID_INPUT,
                    "--rate must be 0 or more, --operations 1 or more and --duration positive");
        }
        MigrationPlan plan = mapping.load();
        PrintWriter out = spec.commandLine().getOut();
        try (HikariDataSource source = SampleSource.open(plan)) {
            List<String> missing = SampleSource.missingTables(plan, source);
            if (!missing.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("cutover: " + plan.source().endpoint() + " has no SHOP sample (missing: "
                        + String.join(", ", missing) + "); run 'cutover sample load -f " + mapping.file + "' first");
                err.flush();
                return ExitCodes.PRECONDITION;
            }
            Workload workload = Workload.on(source).seed(seed).rate(rate).onProgress(Duration.ofSeconds(5), soFar -> {
                out.println("progress: " + soFar);
                out.flush();
            });
            if (duration != null) {
                workload.duration(duration);
            }
            if (operations != null) {
                workload.operations(operations);
            }
            CountDownLatch printed = new CountDownLatch(1);
            Thread onCtrlC = new Thread(() -> {
                workload.stop();
                awaitQuietly(printed);
            }, "cutover-sample-workload-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                String pace = rate == 0 ? "unlimited"
                        : java.math.BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString() + " changes/s";
                out.println("Workload on " + plan.source().endpoint() + ": " + pace + ", seed " + seed
                        + "; Ctrl-C stops it");
                out.flush();
                WorkloadResult done = SampleSource.run(plan, workload::run);
                out.println("done: " + done);
                out.flush();
            } finally {
                printed.countDown();
                removeHook(onCtrlC);
            }
        }
        return ExitCodes.OK;
    }

    /** Ctrl-C: the hook stops the workload and waits until its counts are printed. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting and the hook is running; it ends once the counts are out
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
