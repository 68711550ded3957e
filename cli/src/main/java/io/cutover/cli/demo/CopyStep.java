package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.cdc.StreamStatus;
import io.cutover.cdc.snapshot.Snapshot;
import io.cutover.cdc.snapshot.SnapshotResult;
import io.cutover.cdc.snapshot.TableProgress;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The initial copy: {@code cutover snapshot} ({@link Snapshot}) copies every mapped table at one consistent
 * point (on PostgreSQL the exported snapshot of the stream's replication slot), then {@code cutover stream}
 * starts and continues from exactly that point ({@code snapshot.mode=no_data}), so the stream step only
 * streams. The rate is the snapshot's own: source rows copied over its run time. The step ends when the
 * stream is streaming and every table holds as many rows on the target as on the (quiet) source.
 */
final class CopyStep implements DemoStep {
    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STREAM_START = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        long expected = RowCounts.sourceTotal(RowCounts.count(context));
        Snapshot snapshot = Snapshot.of(context.plan());
        long start = System.nanoTime();
        CompletableFuture<SnapshotResult> copying = CompletableFuture.supplyAsync(snapshot::run);
        while (!copying.isDone()) {
            Thread.sleep(250);
            long nanos = System.nanoTime() - start;
            context.progress(progress(snapshot.progress(), expected, nanos));
            if (nanos > TIMEOUT.toNanos()) {
                snapshot.stop();
                throw new CutoverException(ErrorCode.INTERNAL, "the snapshot did not finish within "
                        + TIMEOUT.toMinutes() + " minutes: " + progress(snapshot.progress(), expected, nanos));
            }
        }
        SnapshotResult result = copying.join();
        if (result.outcome() != SnapshotResult.Outcome.FINISHED) {
            throw new CutoverException(ErrorCode.INTERNAL, "the snapshot ended " + result.outcome() + ": "
                    + result.message());
        }
        long rows = 0;
        for (TableProgress t : result.tables()) {
            rows += t.rowsDone();
        }
        double seconds = result.seconds();
        long rate = Math.round(rows / Math.max(0.001, seconds));

        RunningStream stream = RunningStream.start(context.plan());
        context.stream(stream);
        long streamStart = System.nanoTime();
        while (stream.status().state() != StreamStatus.State.STREAMING) {
            Thread.sleep(250);
            stream.requireRunning();
            context.progress(String.format(Locale.ROOT, "%,d rows copied; starting the stream at %s (%s)", rows,
                    result.point(), stream.status().state().name().toLowerCase(Locale.ROOT)));
            if (System.nanoTime() - streamStart > STREAM_START.toNanos()) {
                throw new CutoverException(ErrorCode.INTERNAL, "the stream did not start streaming within "
                        + STREAM_START.toMinutes() + " minutes: " + stream.status().state());
            }
        }
        List<RowCounts.TableCount> counts = RowCounts.count(context);
        if (!RowCounts.allEqual(counts)) {
            throw new CutoverException(ErrorCode.INTERNAL, "after the snapshot the target counts differ from the"
                    + " source: " + counts);
        }
        return StepResult.ok(String.format(Locale.ROOT, "%,d rows copied by cutover snapshot in %.1f s: %,d rows/s;"
                + " every table holds as many rows on the target as on the source; the stream continues from %s",
                rows, seconds, rate, result.point()), figures("rows", rows, "seconds", seconds,
                "rowsPerSecond", rate, "tables", counts, "method", result.method().name(), "point", result.point()));
    }

    private static String progress(List<TableProgress> tables, long expected, long nanos) {
        if (tables.isEmpty()) {
            return String.format(Locale.ROOT, "taking the consistent point, %.0f s", nanos / 1e9);
        }
        long done = 0;
        long total = 0;
        for (TableProgress t : tables) {
            done += t.rowsDone();
            total += t.rowsTotal();
        }
        return String.format(Locale.ROOT, "%,d of %,d rows copied, %.0f s", done, total > 0 ? total : expected,
                nanos / 1e9);
    }

    static long applied(StreamStatus status) {
        long sum = 0;
        for (StreamStatus.ShardStatus s : status.shards()) {
            sum += s.rowsApplied();
        }
        return sum;
    }
}
