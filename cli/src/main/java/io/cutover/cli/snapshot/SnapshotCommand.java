package io.cutover.cli.snapshot;

import io.cutover.cdc.snapshot.Snapshot;
import io.cutover.cdc.snapshot.SnapshotResult;
import io.cutover.cdc.snapshot.TableProgress;
import io.cutover.cdc.snapshot.WriteMode;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "snapshot",
        description = {"Copies every mapped table into the shards at one consistent source point; cutover stream then"
            + " continues from exactly that point.",
            "A rerun continues with the unfinished chunks; Ctrl-C stops after rolling back the chunks in flight."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every mapped table is copied",
            "1:stopped (Ctrl-C), or only some tables are copied (--tables); a rerun continues",
            "2:invalid input, or the copy failed (named in the message); a rerun continues",
            "3:a precondition is not met (the message says what to run)"})
public final class SnapshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Mixin
    JsonOption json;

    @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Only these source tables.")
    List<String> tables = List.of();

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Chunks copied at once, each on its own source reader (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--restart", description = "Forget an earlier snapshot of this job and copy every table again at a"
            + " new point (a PostgreSQL source gets a new replication slot).")
    boolean restart;

    @Option(names = "--max-rows-per-second", paramLabel = "N", defaultValue = "0",
            description = "Read at most N source rows per second (default: no limit).")
    long maxRowsPerSecond;

    @Option(names = "--write", paramLabel = "MODE", defaultValue = "auto", converter = WriteModeConverter.class,
            description = "auto: LOAD DATA LOCAL INFILE into MariaDB/MySQL (local_infile on), COPY into PostgreSQL,"
                    + " INSERT where they cannot store a value exactly; insert: multi-row INSERTs only (default:"
                    + " ${DEFAULT-VALUE}).")
    WriteMode write;

    @Option(names = "--defer-indexes", description = "Drop the secondary (non-unique) indexes of the tables to copy"
            + " and build them when their table is copied; a rerun after a crash still builds them.")
    boolean deferIndexes;

    @Override
    public Integer call() throws Exception {
        MigrationPlan plan = mapping.load();
        Snapshot snapshot = Snapshot.of(plan).tables(tables).parallel(parallel).restart(restart)
                .maxRowsPerSecond(maxRowsPerSecond).write(write).deferIndexes(deferIndexes);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            snapshot.stop();
            awaitQuietly(done);
        }, "cutover-snapshot-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread progress = json.json ? null : startProgress(snapshot, out);
        SnapshotResult result;
        try {
            result = snapshot.run();
        } finally {
            done.countDown();
            if (progress != null) {
                progress.interrupt();
                progress.join();
            }
            removeQuietly(hook);
        }
        if (json.json) {
            Json.print(out, result);
        } else {
            SnapshotText.summary(out, result);
        }
        return exitCode(plan, result);
    }

    private int exitCode(MigrationPlan plan, SnapshotResult result) {
        PrintWriter err = spec.commandLine().getErr();
        if (result.message() != null && !json.json) {
            err.println("cutover: snapshot " + plan.name() + ": " + result.message());
            err.flush();
        }
        return switch (result.outcome()) {
            case FINISHED -> ExitCodes.OK;
            case PARTIAL, STOPPED -> ExitCodes.FOUND;
            case PRECONDITION -> ExitCodes.PRECONDITION;
            case FAILED -> ExitCodes.INVALID;
        };
    }

    private static Thread startProgress(Snapshot snapshot, PrintWriter out) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(5_000);
                    for (TableProgress p : snapshot.progress()) {
                        if (p.chunksDone() < p.chunksTotal()) {
                            out.println(SnapshotText.progressLine(p));
                        }
                    }
                    out.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the run ended
            }
        }, "cutover-snapshot-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** auto or insert, case-insensitive; anything else names the choices. */
    static final class WriteModeConverter implements CommandLine.ITypeConverter<WriteMode> {
        @Override
        public WriteMode convert(String value) {
            for (WriteMode m : WriteMode.values()) {
                if (m.name().equalsIgnoreCase(value)) {
                    return m;
                }
            }
            throw new CommandLine.TypeConversionException("expected auto or insert, found '" + value + "'");
        }
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running
        }
    }
}
