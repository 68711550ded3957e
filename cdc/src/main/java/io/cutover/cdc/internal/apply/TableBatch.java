package io.cutover.cdc.internal.apply;

import io.cutover.mappings.shard.PhysicalTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pending changes of one physical table in one shard batch, collapsed to the last state of each row
 * key: a row is either deleted or upserted with its final values. Collapsing keeps the result of the
 * original sequence: a delete followed by a re-insert is the re-insert; an update that carries
 * unchanged-LOB placeholders takes those columns from an earlier upsert of the same batch.
 */
final class TableBatch {
    final PhysicalTable table;
    final TargetTable target;
    /** Every row that existed before this batch is removed first (a truncate, or a snapshot restart). */
    boolean cleared;
    /** Row key to final state: values for an upsert, null for a delete. Kept in first-change order. */
    final Map<RowKey, Object[]> rows = new LinkedHashMap<>();
    int changes;

    TableBatch(PhysicalTable table, TargetTable target) {
        this.table = table;
        this.target = target;
    }

    void upsert(Object[] values) {
        RowKey key = new RowKey(values, target.keyIndexes());
        Object[] earlier = rows.put(key, values);
        if (earlier != null) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == Change.KEEP) {
                    values[i] = earlier[i];
                }
            }
        }
        changes++;
    }

    void delete(Object[] image) {
        rows.put(new RowKey(image, target.keyIndexes()), null);
        changes++;
    }

    /** Every earlier row goes; a source truncate counts as a change, the clear before a snapshot restart does not. */
    void clear(boolean sourceChange) {
        rows.clear();
        cleared = true;
        if (sourceChange) {
            changes++;
        }
    }

    boolean isEmpty() {
        return changes == 0 && !cleared;
    }

    void reset() {
        rows.clear();
        cleared = false;
        changes = 0;
    }
}
