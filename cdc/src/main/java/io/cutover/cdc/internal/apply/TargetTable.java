package io.cutover.cdc.internal.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns and row key of a logical target table, as the shards define it. Every physical copy of the
 * table has this shape. The key is the primary key, or else a unique key whose columns are all NOT NULL.
 */
public final class TargetTable {
    private final String name;
    private final String[] columns;
    private final boolean[] isKey;
    private final int[] keyIndexes;
    private final String[] keyColumns;
    private final Map<String, Integer> byName;

    public TargetTable(String name, List<String> columns, List<String> keyColumns) {
        this.name = name;
        this.columns = columns.toArray(new String[0]);
        this.keyColumns = keyColumns.toArray(new String[0]);
        this.isKey = new boolean[this.columns.length];
        this.keyIndexes = new int[this.keyColumns.length];
        this.byName = new HashMap<>();
        for (int i = 0; i < this.columns.length; i++) {
            byName.put(this.columns[i].toUpperCase(Locale.ROOT), i);
        }
        for (int k = 0; k < this.keyColumns.length; k++) {
            int i = byName.get(this.keyColumns[k].toUpperCase(Locale.ROOT));
            keyIndexes[k] = i;
            isKey[i] = true;
        }
    }

    public String name() {
        return name;
    }

    public String[] columns() {
        return columns;
    }

    public boolean[] isKey() {
        return isKey;
    }

    public int[] keyIndexes() {
        return keyIndexes;
    }

    public String[] keyColumns() {
        return keyColumns;
    }

    /** The index of a column matched case-insensitively (Oracle's {@code NAME} is the target's {@code name}), or -1. */
    public int indexOf(String column) {
        Integer i = byName.get(column.toUpperCase(Locale.ROOT));
        return i == null ? -1 : i;
    }
}
