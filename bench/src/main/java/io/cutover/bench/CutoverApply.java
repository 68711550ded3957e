package io.cutover.bench;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamTracker;
import io.cutover.mappings.plan.MigrationPlan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Contender (b): {@code cutover stream} itself (capture, decode, route, apply with positions) into the shards.
 * Timed from the start of the first shard commit's batch to the commit that completes the workload.
 */
final class CutoverApply implements StreamTracker {
    private final int expected;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong firstNanos = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile long lastNanos;

    private CutoverApply(int expected) {
        this.expected = expected;
    }

    static double run(MigrationPlan plan, String slot, int expected) throws Exception {
        CutoverApply timer = new CutoverApply(expected);
        Stream stream = Stream.of(plan).options(StreamOptions.of(plan).debezium(Capture.overrides(plan, slot))
                .tracker(timer));
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        try {
            while (!timer.done.await(1, TimeUnit.SECONDS)) {
                if (run.isDone()) {
                    throw new IllegalStateException("the stream ended early: " + run.get().message());
                }
            }
        } finally {
            stream.stop();
            run.get(1, TimeUnit.MINUTES);
        }
        return expected * 1e9 / (timer.lastNanos - timer.firstNanos.get());
    }

    @Override
    public void batchApplied(String shard, int changes, long nanos, long lagMillis) {
        firstNanos.compareAndSet(0, System.nanoTime() - nanos);
        if (applied.addAndGet(changes) >= expected && done.getCount() > 0) {
            lastNanos = System.nanoTime();
            done.countDown();
        }
    }
}
