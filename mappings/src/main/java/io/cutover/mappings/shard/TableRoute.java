package io.cutover.mappings.shard;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.Placement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the rows of one source table go. Immutable and thread-safe; look it up once with
 * {@link ShardRouter#table} and keep it. {@code route} returns precomputed {@link PhysicalTable}
 * instances and allocates nothing for integer keys under {@code mod} and {@code range}.
 */
public final class TableRoute {
    private final String sourceTable;
    private final String targetTable;
    private final Placement placement;
    private final List<String> keyColumns;
    private final ShardFunction function; // null unless SHARDED
    private final PhysicalTable[] tables;
    private final List<PhysicalTable> all;
    private final List<List<PhysicalTable>> singletons;
    private final Map<String, List<PhysicalTable>> byShard;

    TableRoute(String sourceTable, String targetTable, Placement placement, List<String> keyColumns,
               ShardFunction function, List<PhysicalTable> all, Map<String, List<PhysicalTable>> byShard) {
        this.sourceTable = sourceTable;
        this.targetTable = targetTable;
        this.placement = placement;
        this.keyColumns = List.copyOf(keyColumns);
        this.function = function;
        this.all = List.copyOf(all);
        this.tables = this.all.toArray(new PhysicalTable[0]);
        this.singletons = this.all.stream().map(List::of).toList();
        this.byShard = Collections.unmodifiableMap(new LinkedHashMap<>(byShard));
    }

    public String sourceTable() {
        return sourceTable;
    }

    /** The logical target table name. */
    public String targetTable() {
        return targetTable;
    }

    public Placement placement() {
        return placement;
    }

    /** The shard key columns in key order; empty unless the table is sharded. */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * The physical table of a row with this one-column shard key. A single table always answers its
     * home table; a broadcast table has no one table (use {@link #targets}).
     */
    public PhysicalTable route(Object key) {
        if (function == null) {
            return unkeyed();
        }
        if (keyColumns.size() != 1) {
            throw new CutoverException(ErrorCode.INTERNAL, "table " + sourceTable + " has a " + keyColumns.size()
                    + "-column shard key " + keyColumns + "; route it with all key values, route(Object[])");
        }
        if (key == null) {
            throw KeyErrors.nullKey(sourceTable, keyColumns.get(0));
        }
        return tables[function.index(key)];
    }

    /** The physical table of a row whose shard key values are given in {@link #keyColumns()} order. */
    public PhysicalTable route(Object[] keyValues) {
        if (function == null) {
            return unkeyed();
        }
        if (keyValues.length != keyColumns.size()) {
            throw new CutoverException(ErrorCode.INTERNAL, "table " + sourceTable + ": expected "
                    + keyColumns.size() + " shard key value(s) for " + keyColumns + ", got " + keyValues.length);
        }
        for (int i = 0; i < keyValues.length; i++) {
            if (keyValues[i] == null) {
                throw KeyErrors.nullKey(sourceTable, keyColumns.get(i));
            }
        }
        return tables[function.index(keyValues)];
    }

    /**
     * Every physical table that holds a row with these key values: one for sharded and single tables,
     * every copy for a broadcast table. Writers that treat all placements alike use this.
     */
    public List<PhysicalTable> targets(Object[] keyValues) {
        return placement == Placement.BROADCAST ? all : singletons.get(route(keyValues).index());
    }

    /**
     * The shard key values of a row keyed by column name, in {@link #keyColumns()} order. A column the row
     * lacks is an error; a column present with a null value is left for {@code route} to report.
     */
    public Object[] keyValues(Map<String, ?> row) {
        Object[] values = new Object[keyColumns.size()];
        for (int i = 0; i < values.length; i++) {
            String column = keyColumns.get(i);
            Object v = row.get(column);
            if (v == null && !row.containsKey(column)) {
                throw KeyErrors.missingKey(sourceTable, column);
            }
            values[i] = v;
        }
        return values;
    }

    /** Every physical table of this table in index order (shard by shard), each once. */
    public List<PhysicalTable> all() {
        return all;
    }

    /** The physical tables on one shard (by name), in index order; empty if the table has none there. */
    public List<PhysicalTable> onShard(String shard) {
        List<PhysicalTable> onShard = byShard.get(shard);
        if (onShard == null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "there is no shard named " + shard
                    + "; the mapping file's shards are " + byShard.keySet());
        }
        return onShard;
    }

    private PhysicalTable unkeyed() {
        if (placement == Placement.BROADCAST) {
            throw new CutoverException(ErrorCode.INTERNAL, "table " + sourceTable + " is broadcast to "
                    + tables.length + " shards and has no single physical table; use targets(...) or all()");
        }
        return tables[0];
    }

    @Override
    public String toString() {
        return sourceTable + " -> " + targetTable + " (" + placement + ", " + tables.length + " physical tables)";
    }
}
