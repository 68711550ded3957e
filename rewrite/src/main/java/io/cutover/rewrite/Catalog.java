package io.cutover.rewrite;

import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column kinds the rules use to tell {@code d + 1} (date arithmetic) from {@code n + 1}, and
 * {@code TRUNC(d)} from {@code TRUNC(n)}, and primary keys (MERGE becomes an upsert on them). Columns are
 * looked up by name alone: a name that is a DATE in one table and a NUMBER in another is UNKNOWN, and the
 * rules then warn instead of guessing. Names are kept in lower case.
 */
public final class Catalog {
    public static final Catalog EMPTY = new Catalog(Map.of(), Map.of());
    private final Map<String, ValueKind> columns;
    private final Map<String, List<String>> primaryKeys;

    private Catalog(Map<String, ValueKind> columns, Map<String, List<String>> primaryKeys) {
        this.columns = Map.copyOf(columns);
        this.primaryKeys = Map.copyOf(primaryKeys);
    }

    /** A catalog from column names (any case) to kinds. */
    public static Catalog of(Map<String, ValueKind> columns) {
        Map<String, ValueKind> m = new HashMap<>();
        columns.forEach((k, v) -> m.merge(k.toLowerCase(Locale.ROOT), v, (a, b) -> a == b ? a : ValueKind.UNKNOWN));
        return new Catalog(m, Map.of());
    }

    /** This catalog with the primary key of {@code table} (names in any case). */
    public Catalog withPrimaryKey(String table, List<String> keyColumns) {
        Map<String, List<String>> keys = new HashMap<>(primaryKeys);
        keys.put(table.toLowerCase(Locale.ROOT), keyColumns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
        return new Catalog(columns, keys);
    }

    /** A catalog from a source schema (DDL or live). */
    public static Catalog of(Schema schema) {
        Map<String, ValueKind> m = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        for (Table t : schema.tables()) {
            if (t.primaryKey() != null) {
                keys.put(t.name().toLowerCase(Locale.ROOT),
                        t.primaryKey().columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
            }
            for (Column c : t.columns()) {
                m.merge(c.name().toLowerCase(Locale.ROOT), kindOfType(c.type().name()),
                        (a, b) -> a == b ? a : ValueKind.UNKNOWN);
            }
        }
        return new Catalog(m, keys);
    }

    private static ValueKind kindOfType(String type) {
        if (type.equals("DATE") || type.startsWith("TIMESTAMP")) {
            return ValueKind.DATE;
        }
        if (type.contains("CHAR") || type.endsWith("CLOB")) {
            return ValueKind.STRING;
        }
        if (type.equals("NUMBER") || type.equals("FLOAT") || type.startsWith("BINARY_")) {
            return ValueKind.NUMBER;
        }
        return ValueKind.UNKNOWN;
    }

    /** The primary key columns of a table (lower case), or null when the catalog has none for it. */
    public List<String> primaryKey(String table) {
        return primaryKeys.get(table.toLowerCase(Locale.ROOT));
    }

    /** True for a catalog with neither columns nor keys: the rules then know no types at all. */
    public boolean isEmpty() {
        return columns.isEmpty() && primaryKeys.isEmpty();
    }

    public ValueKind kind(String column) {
        return columns.getOrDefault(column.toLowerCase(Locale.ROOT), ValueKind.UNKNOWN);
    }
}
