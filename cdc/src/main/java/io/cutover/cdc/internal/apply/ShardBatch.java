package io.cutover.cdc.internal.apply;

import io.cutover.mappings.position.Position;
import io.cutover.mappings.shard.PhysicalTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of one source batch that go to one shard, and the shard's position bookkeeping: the
 * position it had applied before the batch ({@link #applied}, read from {@code cutover_position} at
 * start) and the highest position in the batch. Changes at or below {@link #applied} were applied before
 * a restart and are skipped. Reused from batch to batch; not thread-safe.
 */
final class ShardBatch {
    final String shard;
    final int shardIndex;
    Position applied;
    long appliedSourceMillis;
    Position highest;
    long highestSourceMillis;
    private final Map<PhysicalTable, TableBatch> byTable = new HashMap<>();
    final List<TableBatch> tables = new ArrayList<>();

    ShardBatch(String shard, int shardIndex, Position applied) {
        this.shard = shard;
        this.shardIndex = shardIndex;
        this.applied = applied;
    }

    /** True when the change was applied to this shard before and must be skipped. */
    boolean skips(Change change) {
        return change.position != null && applied != null && change.position.compareTo(applied) <= 0;
    }

    TableBatch table(PhysicalTable table, TargetTable target) {
        TableBatch t = byTable.get(table);
        if (t == null) {
            t = new TableBatch(table, target);
            byTable.put(table, t);
        }
        if (t.isEmpty()) {
            tables.add(t);
        }
        return t;
    }

    void observe(Change change) {
        if (change.position != null && (highest == null || change.position.isAfter(highest))) {
            highest = change.position;
            highestSourceMillis = change.sourceMillis;
        }
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** After a commit: the batch's highest position becomes the applied one. */
    void committed() {
        if (highest != null) {
            applied = highest;
            appliedSourceMillis = highestSourceMillis;
        }
        reset();
    }

    void reset() {
        for (TableBatch t : tables) {
            t.reset();
        }
        tables.clear();
        highest = null;
    }
}
