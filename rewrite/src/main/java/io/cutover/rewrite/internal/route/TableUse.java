package io.cutover.rewrite.internal.route;

import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.shard.TableRoute;
import java.util.List;

/**
 * One mention of a mapped table in a statement; its name in the SQL is replaced by marker {@code id}.
 *
 * @param alias     the name columns are qualified with (the alias, else the table name), upper case as
 *                  Oracle folds it
 * @param needsAlias true for a FROM table without alias: a renamed table then gets {@code AS name}
 * @param rule      the shard rule, null unless sharded
 */
record TableUse(int id, String alias, boolean needsAlias, TableRoute route, ShardBy rule) {
    boolean sharded() {
        return route.placement() == Placement.SHARDED;
    }

    /** The position of a column in the shard key, or -1. */
    int keyColumn(String column) {
        List<String> key = route.keyColumns();
        for (int i = 0; i < key.size(); i++) {
            if (key.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    /** True when both tables put equal keys into the same-numbered physical table on the same shard. */
    boolean shardedLike(TableUse other) {
        if (rule.algorithm() != other.rule.algorithm() || rule.columns().size() != other.rule.columns().size()
                || !rule.boundaries().equals(other.rule.boundaries())
                || route.all().size() != other.route.all().size()) {
            return false;
        }
        for (int i = 0; i < route.all().size(); i++) {
            if (route.all().get(i).shardIndex() != other.route.all().get(i).shardIndex()) {
                return false;
            }
        }
        return true;
    }
}
