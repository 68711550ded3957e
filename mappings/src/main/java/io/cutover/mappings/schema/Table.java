package io.cutover.mappings.schema;

import java.util.List;

/**
 * A source table.
 *
 * @param primaryKey  null when the table has none
 * @param partitioned the source table is partitioned (the target gets one table; reported)
 */
public record Table(String name, List<Column> columns, Key primaryKey, List<Key> uniqueKeys,
                    List<ForeignKey> foreignKeys, List<Check> checks, String comment, boolean partitioned,
                    Location location) {
    public Table {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column with this name (exact match, as names are stored normalised), or null. */
    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }
}
