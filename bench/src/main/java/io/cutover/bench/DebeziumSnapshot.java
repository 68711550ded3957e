package io.cutover.bench;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamTracker;
import io.cutover.mappings.plan.MigrationPlan;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Debezium's built-in initial snapshot through {@code cutover stream}: a job with no {@code cutover snapshot}
 * behind it, so Debezium reads the table itself (its one reader per table) and the stream routes and applies the
 * rows into the shards. Timed from the start of the stream to the last shard commit before the shards were seen
 * holding every row; then the stream is stopped. The stream's change count only says when to look: it also
 * counts the clearing of each shard's table that precedes a snapshot's first row.
 */
final class DebeziumSnapshot implements StreamTracker {
    /** The rows the targets hold now. */
    interface RowCount {
        long rows() throws SQLException;
    }

    private final AtomicLong applied = new AtomicLong();
    private volatile long lastCommitNanos;

    /** Seconds until the targets hold {@code rows} rows. */
    static double run(MigrationPlan plan, long rows, RowCount targets) throws Exception {
        DebeziumSnapshot tracker = new DebeziumSnapshot();
        Stream stream = Stream.of(plan).options(StreamOptions.of(plan)
                .debezium(Map.of("snapshot.mode", "initial")).tracker(tracker));
        long start = System.nanoTime();
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        try {
            long checked = 0;
            while (true) {
                Thread.sleep(200);
                long last = tracker.lastCommitNanos;
                if (tracker.applied.get() >= rows && last != checked) {
                    checked = last;
                    if (targets.rows() >= rows) {
                        return (last - start) / 1e9;
                    }
                }
                if (run.isDone()) {
                    throw new IllegalStateException("the stream ended after " + tracker.applied.get() + " of " + rows
                            + " rows: " + run.get().message());
                }
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                    throw new IllegalStateException("only " + targets.rows() + " of " + rows + " rows after 30 minutes");
                }
            }
        } finally {
            stream.stop();
            run.get(2, TimeUnit.MINUTES);
        }
    }

    @Override
    public void batchApplied(String shard, int changes, long nanos, long lagMillis) {
        applied.addAndGet(changes);
        lastCommitNanos = System.nanoTime();
    }
}
