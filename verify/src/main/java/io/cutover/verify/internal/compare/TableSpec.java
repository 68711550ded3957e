package io.cutover.verify.internal.compare;

import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.TableRoute;
import io.cutover.verify.internal.canonical.ColumnKind;
import java.util.List;

/**
 * Everything compared for one table: the source table and key, the columns both sides share, and the
 * groups of physical tables that together must equal the source (all tables of a sharded table; each copy
 * of a broadcast table on its own).
 *
 * @param keyIndexes      positions of the key columns in {@code columns}
 * @param shardKeyIndexes positions of the route's shard key columns in {@code columns}
 * @param sourceIndex     the physical table index of a source row as SQL ({@link io.cutover.mappings.shard.ShardSql});
 *                        null when source rows are routed in Java
 */
public record TableSpec(TableRoute route, TableRef source, List<KeyColumn> key, List<KeyColumn> targetKey,
                        List<Column> columns, int[] keyIndexes, int[] shardKeyIndexes, String sourceIndex) {

    public String name() {
        return route.sourceTable();
    }

    /** True when some column has no SQL canonical form, so checksums are computed in Java. */
    public boolean javaOnly() {
        return columns.stream().anyMatch(c -> c.kind() == ColumnKind.JAVA);
    }

    public List<List<PhysicalTable>> groups() {
        return route.placement() == Placement.BROADCAST ? route.all().stream().map(List::of).toList()
                : List.of(route.all());
    }

    /**
     * True when the table's rows are spread over several physical tables by the router, so checksum mode also
     * compares each physical table with the source rows the router sends to it.
     */
    public boolean routed() {
        return route.placement() == Placement.SHARDED && route.all().size() > 1;
    }

    /** The physical table the router sends a row to (the first copy for a broadcast table). */
    public PhysicalTable home(Object[] values, List<PhysicalTable> group) {
        if (route.placement() != Placement.SHARDED) {
            return group.get(0);
        }
        Object[] shardKey = new Object[shardKeyIndexes.length];
        for (int i = 0; i < shardKey.length; i++) {
            shardKey[i] = values[shardKeyIndexes[i]];
        }
        return route.route(shardKey);
    }
}
