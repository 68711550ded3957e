package io.cutover.mappings.shard;

/**
 * Picks the global physical table index of a sharded table from non-null key values. One
 * implementation per {@link io.cutover.mappings.plan.Algorithm}; each is immutable and thread-safe.
 */
interface ShardFunction {
    /** The index for a one-column key. */
    int index(Object key);

    /** The index for key values in shard key column order; the caller has checked count and nulls. */
    int index(Object[] keyValues);
}
