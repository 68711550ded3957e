package io.cutover.mappings.ddl;

import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.schema.Table;
import io.cutover.mappings.shard.TableRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the physical tables of one source table live.
 *
 * @param logicalName the target table name before sharding
 * @param byShard     shard name to the physical tables on it, in shard order; absent shards hold none
 */
record TableLayout(Table table, TableMapping mapping, String logicalName, Map<String, List<PhysicalTable>> byShard) {

    /** One physical table; {@code index} is its global number for sharded tables, -1 otherwise. */
    record PhysicalTable(String name, int index) {
    }

    /**
     * @param route the table's route from the shard router, so that DDL and routing never disagree; null for
     *              an excluded table or a target without a mapping file
     */
    static TableLayout of(Table table, TableMapping mapping, TableRoute route, List<String> shards) {
        Map<String, List<PhysicalTable>> byShard = new LinkedHashMap<>();
        if (route == null) {
            if (mapping.placement() == Placement.SINGLE) {
                byShard.put(mapping.homeShard(), List.of(new PhysicalTable(mapping.target(), -1)));
            }
        } else {
            boolean numbered = mapping.placement() == Placement.SHARDED;
            for (String shard : shards) {
                List<PhysicalTable> here = new ArrayList<>();
                for (io.cutover.mappings.shard.PhysicalTable p : route.onShard(shard)) {
                    here.add(new PhysicalTable(p.tableName(), numbered ? p.index() : -1));
                }
                if (!here.isEmpty()) {
                    byShard.put(shard, here);
                }
            }
        }
        return new TableLayout(table, mapping, mapping.target(), byShard);
    }

    Placement placement() {
        return mapping.placement();
    }

    List<PhysicalTable> on(String shard) {
        return byShard.getOrDefault(shard, List.of());
    }

    List<PhysicalTable> all() {
        return byShard.values().stream().flatMap(List::stream).toList();
    }

    /** All rows live in one physical table, so a per-table generator (identity, AUTO_INCREMENT) stays unique. */
    boolean onePhysicalTable() {
        return placement() != Placement.EXCLUDED && byShard.values().stream().mapToInt(List::size).sum() == 1;
    }
}
