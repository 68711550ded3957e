package io.cutover.rewrite.internal.route;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;

/** The mapped tables of one query block, and the blocks around it for correlated names. */
final class Scope {
    private final Scope parent;
    private final List<TableUse> tables = new ArrayList<>();
    private int unmapped;

    Scope(Scope parent) {
        this.parent = parent;
    }

    void add(TableUse use) {
        tables.add(use);
    }

    /** Counts a table, derived table or CTE of this block that is not a mapped table. */
    void addUnmapped() {
        unmapped++;
    }

    /** A column reference as (table, key column index), or null when it is not a shard key column. */
    KeyColumn resolve(SqlIdentifier column) {
        String name = column.names.get(column.names.size() - 1);
        if (column.names.size() >= 2) {
            String qualifier = column.names.get(column.names.size() - 2);
            for (Scope s = this; s != null; s = s.parent) {
                for (TableUse t : s.tables) {
                    if (t.alias().equals(qualifier)) {
                        return KeyColumn.of(t, name);
                    }
                }
            }
            return null;
        }
        if (tables.size() + unmapped == 1 && !tables.isEmpty()) {
            return KeyColumn.of(tables.get(0), name);
        }
        KeyColumn found = null;
        for (TableUse t : tables) {
            KeyColumn k = KeyColumn.of(t, name);
            if (k != null) {
                if (found != null) {
                    return null;
                }
                found = k;
            }
        }
        return found;
    }

    record KeyColumn(TableUse table, int column) {
        static KeyColumn of(TableUse t, String name) {
            int i = t.sharded() ? t.keyColumn(name) : -1;
            return i < 0 ? null : new KeyColumn(t, i);
        }
    }
}
