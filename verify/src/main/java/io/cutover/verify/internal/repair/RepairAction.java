package io.cutover.verify.internal.repair;

import io.cutover.mappings.shard.PhysicalTable;

/**
 * One fix on one physical table, with the source as the baseline.
 *
 * @param upsert true: write the source row of {@code key} there (re-read at repair time); false: delete
 * @param key    the row key in key order: source values for an upsert, target values for a delete
 */
public record RepairAction(String sourceTable, PhysicalTable table, boolean upsert, Object[] key) {
}
