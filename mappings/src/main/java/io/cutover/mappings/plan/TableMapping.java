package io.cutover.mappings.plan;

/**
 * One source table and what becomes of it.
 *
 * @param source    the source table name as the source database spells it (e.g. {@code ORDERS})
 * @param target    the logical target table name (e.g. {@code orders})
 * @param placement sharded, broadcast, single or excluded
 * @param shardBy   the shard rule; non-null exactly when placement is SHARDED
 * @param homeShard the shard name of a SINGLE table; null otherwise
 * @param location  where the table entry starts in the mapping file
 */
public record TableMapping(String source, String target, Placement placement, ShardBy shardBy, String homeShard,
                           SourceLocation location) {
}
