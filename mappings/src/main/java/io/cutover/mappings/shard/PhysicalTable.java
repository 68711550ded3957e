package io.cutover.mappings.shard;

/**
 * One physical table on one shard.
 *
 * @param shardName  the shard's name in the mapping file
 * @param shardIndex the shard's position in the mapping file, from 0
 * @param tableName  the table's name in the shard's database
 * @param index      the global physical table number: {@code 0..T-1} for a sharded table (table {@code i}
 *                   lives on shard {@code i / tablesPerShard}), the shard index for a broadcast copy, 0 for
 *                   a single table
 */
public record PhysicalTable(String shardName, int shardIndex, String tableName, int index) {
}
