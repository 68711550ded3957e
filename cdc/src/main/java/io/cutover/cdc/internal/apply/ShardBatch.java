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
    /** Read and written only by the applying threads, in turn (the batch's future orders them). */
    Position applied;
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
        if (t == null || t.target != target) { // a new table, or one altered since its last batch
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

    /** Changes routed to this shard in this batch. */
    int changes() {
        int n = 0;
        for (int i = 0, size = tables.size(); i < size; i++) {
            n += tables.get(i).changes;
        }
        return n;
    }

    /** Nothing to write: no change routed here and no position to store. */
    boolean isEmpty() {
        return tables.isEmpty() && highest == null;
    }

    /** After a commit: the batch's highest position becomes the applied one. */
    void committed() {
        if (highest != null) {
            applied = highest;
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
