package io.cutover.cdc;

/**
 * Receives the stream's measurements. {@link #NONE} does nothing, so the applier calls it unconditionally
 * and the JIT removes the calls; {@link MicrometerStreamTracker} publishes {@code cutover.stream.*} meters.
 * Called once per shard per batch, never per event.
 */
public interface StreamTracker extends AutoCloseable {
    StreamTracker NONE = new StreamTracker() {
    };

    /** A shard committed a batch of {@code changes} changes in {@code nanos}; {@code lagMillis} behind the source. */
    default void batchApplied(String shard, int changes, long nanos, long lagMillis) {
    }

    /** A transient failure on a shard; the batch will be retried. */
    default void retried(String shard) {
    }

    /** Removes whatever the tracker registered. */
    @Override
    default void close() {
    }
}
