package io.cutover.cdc.internal.apply;

import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.TableRoute;
import java.util.List;

/**
 * What the applier knows of one mapped table: its route, its target shape, and where its shard key
 * columns sit in a row image.
 */
public final class TableContext {
    private final TableRoute route;
    private final TargetTable target;
    private final int[] shardKeyIndexes;

    public TableContext(TableRoute route, TargetTable target) {
        this.route = route;
        this.target = target;
        List<String> keyColumns = route.keyColumns();
        this.shardKeyIndexes = new int[keyColumns.size()];
        for (int k = 0; k < shardKeyIndexes.length; k++) {
            int i = target.indexOf(keyColumns.get(k));
            if (i < 0) {
                throw new IllegalArgumentException("target table " + target.name() + " has no column "
                        + keyColumns.get(k) + ", the shard key of " + route.sourceTable());
            }
            shardKeyIndexes[k] = i;
        }
    }

    public TableRoute route() {
        return route;
    }

    public TargetTable target() {
        return target;
    }

    public String sourceTable() {
        return route.sourceTable();
    }

    /**
     * The physical tables that hold a row image; null when the image lacks a shard key column
     * (a before image without it).
     */
    List<PhysicalTable> targets(Object[] row) {
        Object[] key = new Object[shardKeyIndexes.length];
        for (int k = 0; k < key.length; k++) {
            Object v = row[shardKeyIndexes[k]];
            if (v == Change.KEEP) {
                return null;
            }
            key[k] = v;
        }
        return route.targets(key);
    }

    /** True when a row keeps its physical tables whatever its non-key columns hold. */
    boolean shardKeyIsInRowKey() {
        if (route.placement() != Placement.SHARDED) {
            return true;
        }
        boolean[] isKey = target.isKey();
        for (int i : shardKeyIndexes) {
            if (!isKey[i]) {
                return false;
            }
        }
        return true;
    }
}
