package io.cutover.cli.demo;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.samples.ShopData;
import io.cutover.sandbox.SandboxDirectory;
import io.cutover.sandbox.SandboxEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo",
        description = {"Shows the whole journey on private servers in a few minutes: a PostgreSQL stand-in for the Oracle "
            + "source filled with the SHOP sample, assess, schema convert and apply onto two MariaDB shards, the copy, "
            + "stream while a workload writes, verify, three differences injected and repaired, verify queries.",
            "Needs the Debian packages postgresql and mariadb-server. Every server it started is stopped at the end, "
                + "also on Ctrl-C, unless --keep."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every step ended as expected", "1:the demo ran, but a step did not end as expected (marked)",
            "2:a step failed, or the server binaries are missing (the message names the install command)",
            "3:a demo kept with --keep still runs in --dir (stop it with cutover sandbox down --dir DIR)"})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", description = "About how many rows the source gets (default: about 325,000).")
    Long rows;

    @Option(names = "--workload", paramLabel = "SECONDS",
            description = "How long the workload writes while the stream runs (default: ${DEFAULT-VALUE}).")
    int workloadSeconds = 20;

    @Option(names = "--rate", paramLabel = "N", description = "Workload changes per second (default: ${DEFAULT-VALUE}).")
    double rate = 200;

    @Option(names = "--keep", description = "Leave the servers running, recorded in --dir, and print how to reach them.")
    boolean keep;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Mapping file, migrations, reports and, with --keep, the servers (default: ${DEFAULT-VALUE}).")
    Path dir = DemoOptions.DEFAULT_DIR;

    @Option(names = "--json", arity = "0..1", paramLabel = "FILE", fallbackValue = "-",
            description = "Also write the summary as JSON to FILE, or to standard output after the text.")
    String json;

    @Override
    public Integer call() throws Exception {
        if ((rows != null && rows < 1) || workloadSeconds < 1 || rate <= 0) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--rows, --workload and --rate must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<SandboxEntry> running = new SandboxDirectory(dir).status().stream().filter(SandboxEntry::running).toList();
        if (!running.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("cutover: a demo kept with --keep still runs in " + dir + " (" + String.join(", ",
                    running.stream().map(SandboxEntry::name).toList()) + "); stop it first: ./cutover sandbox down --dir "
                    + dir);
            err.flush();
            return ExitCodes.PRECONDITION;
        }
        DemoOptions options = new DemoOptions(rows == null ? ShopData.Size.DEFAULT : ShopData.Size.ofRows(rows), 1,
                Duration.ofSeconds(workloadSeconds), rate, dir, keep);
        out.println("Cutover demo: the SHOP sample from a PostgreSQL stand-in for Oracle onto 2 MariaDB shards"
                + (keep ? " (servers kept)" : ""));
        out.flush();
        long start = System.nanoTime();
        DemoContext context = new DemoContext(options);
        Thread onCtrlC = new Thread(context::close, "cutover-demo-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        List<StepOutcome> outcomes;
        try {
            outcomes = DemoRun.run(DemoSteps.all(), context, new StepPrinter(out, System.console() != null));
        } finally {
            context.close();
            removeHook(onCtrlC);
        }
        DemoSummary summary = new DemoSummary(outcomes, context, (System.nanoTime() - start) / 1e9);
        summary.print(out);
        writeJson(out, summary);
        return summary.ok() ? ExitCodes.OK : ExitCodes.FOUND;
    }

    private void writeJson(PrintWriter out, DemoSummary summary) throws IOException {
        if (json == null) {
            return;
        }
        if (json.equals("-")) {
            Json.print(out, summary.json());
            return;
        }
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(Path.of(json), StandardCharsets.UTF_8))) {
            Json.print(file, summary.json());
        }
        out.println("wrote " + json);
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is stopping everything already
        }
    }
}
