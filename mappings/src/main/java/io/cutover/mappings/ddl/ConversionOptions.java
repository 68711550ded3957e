package io.cutover.mappings.ddl;

/**
 * Choices of the schema conversion.
 *
 * @param keepCoShardedForeignKeys keep a foreign key between two sharded tables whose rows always meet on
 *                                 the same physical table number (same algorithm, tables per shard and
 *                                 boundaries, child shard key = the foreign key columns, parent shard key =
 *                                 the referenced columns); physical table i references physical table i
 */
public record ConversionOptions(boolean keepCoShardedForeignKeys) {
    public static final ConversionOptions DEFAULTS = new ConversionOptions(false);
}
