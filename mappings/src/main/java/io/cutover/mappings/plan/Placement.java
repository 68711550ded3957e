package io.cutover.mappings.plan;

/** Where the rows of a mapped table live on the target. */
public enum Placement {
    /** Rows are spread over physical tables on the shards by a {@link ShardBy} rule. */
    SHARDED,
    /** Every shard holds a full copy (reference tables). */
    BROADCAST,
    /** The table lives whole on one home shard. */
    SINGLE,
    /** Not migrated. */
    EXCLUDED
}
