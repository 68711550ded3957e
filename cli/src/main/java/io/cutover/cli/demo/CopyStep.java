package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.cdc.StreamStatus;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The initial copy: starts {@code cutover stream}, whose Debezium snapshot reads every mapped table at one
 * consistent point, and waits until every table holds as many rows on the target as on the (quiet) source.
 * The time includes the connector's start.
 */
final class CopyStep implements DemoStep {
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final long COUNT_EVERY_NANOS = 1_000_000_000L;

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        long expected = RowCounts.sourceTotal(RowCounts.count(context));
        long start = System.nanoTime();
        RunningStream stream = RunningStream.start(context.plan());
        context.stream(stream);
        long lastCount = start;
        while (true) {
            Thread.sleep(250);
            stream.requireRunning();
            long now = System.nanoTime();
            context.progress(progress(stream.status(), expected, now - start));
            if (now - lastCount >= COUNT_EVERY_NANOS) {
                lastCount = now;
                List<RowCounts.TableCount> counts = RowCounts.count(context);
                if (RowCounts.allEqual(counts)) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long rate = Math.round(expected / seconds);
                    return StepResult.ok(String.format(Locale.ROOT, "%,d rows copied by the stream's Debezium snapshot"
                            + " in %.1f s: %,d rows/s; every table holds as many rows on the target as on the source",
                            expected, seconds, rate), figures("rows", expected, "seconds", seconds,
                            "rowsPerSecond", rate, "tables", counts));
                }
            }
            if (now - start > TIMEOUT.toNanos()) {
                throw new CutoverException(ErrorCode.INTERNAL, "the copy did not finish within " + TIMEOUT.toMinutes()
                        + " minutes; target counts: " + RowCounts.count(context));
            }
        }
    }

    private static String progress(StreamStatus status, long expected, long nanos) {
        long scanned = 0;
        for (StreamStatus.SnapshotTable t : status.snapshot()) {
            scanned += t.rowsScanned();
        }
        String read = status.snapshot().isEmpty() ? status.state().name().toLowerCase(Locale.ROOT)
                : String.format(Locale.ROOT, "%,d of %,d rows read", scanned, expected);
        return String.format(Locale.ROOT, "%s, %,d applied to the shards, %.0f s", read, applied(status), nanos / 1e9);
    }

    static long applied(StreamStatus status) {
        long sum = 0;
        for (StreamStatus.ShardStatus s : status.shards()) {
            sum += s.rowsApplied();
        }
        return sum;
    }
}
