package io.cutover.verify.internal.compare;

import io.cutover.mappings.shard.PhysicalTable;

/**
 * One fetched row.
 *
 * @param values raw values of the key and shard key columns (others null), in column order
 * @param key    raw key values in key order
 * @param texts  canonical texts of every column, in column order
 * @param table  where it was read; null for the source
 */
record Row(Object[] values, Object[] key, String[] texts, PhysicalTable table) {
}
