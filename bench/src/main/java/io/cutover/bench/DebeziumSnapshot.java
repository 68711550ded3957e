package io.cutover.bench;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamTracker;
import io.cutover.mappings.plan.MigrationPlan;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Debezium's built-in initial snapshot through {@code cutover stream}: a job with no {@code cutover snapshot}
 * behind it, so Debezium reads the table itself (its one reader per table) and the stream routes and applies the
 * rows into the shards. Timed from the start of the stream to the shard commit that holds the last row; then the
 * stream is stopped.
 */
final class DebeziumSnapshot implements StreamTracker {
    private final long expected;
    private final AtomicLong applied = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);

    private DebeziumSnapshot(long expected) {
        this.expected = expected;
    }

    /** Seconds until {@code rows} rows are applied. */
    static double run(MigrationPlan plan, long rows) throws Exception {
        DebeziumSnapshot tracker = new DebeziumSnapshot(rows);
        Stream stream = Stream.of(plan).options(StreamOptions.of(plan)
                .debezium(Map.of("snapshot.mode", "initial")).tracker(tracker));
        long start = System.nanoTime();
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        long end;
        try {
            while (!tracker.done.await(200, TimeUnit.MILLISECONDS)) {
                if (run.isDone()) {
                    throw new IllegalStateException("the stream ended after " + tracker.applied.get() + " of " + rows
                            + " rows: " + run.get().message());
                }
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                    throw new IllegalStateException("only " + tracker.applied.get() + " of " + rows
                            + " rows after 30 minutes");
                }
            }
            end = System.nanoTime();
        } finally {
            stream.stop();
            run.get(2, TimeUnit.MINUTES);
        }
        return (end - start) / 1e9;
    }

    @Override
    public void batchApplied(String shard, int changes, long nanos, long lagMillis) {
        if (applied.addAndGet(changes) >= expected) {
            done.countDown();
        }
    }
}
