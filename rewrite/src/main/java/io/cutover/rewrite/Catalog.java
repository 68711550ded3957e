package io.cutover.rewrite;

import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Table;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Column kinds the rules use to tell {@code d + 1} (date arithmetic) from {@code n + 1}, and
 * {@code TRUNC(d)} from {@code TRUNC(n)}. Columns are looked up by name alone: a name that is a DATE in
 * one table and a NUMBER in another is UNKNOWN, and the rules then warn instead of guessing.
 */
public final class Catalog {
    public static final Catalog EMPTY = new Catalog(Map.of());
    private final Map<String, ValueKind> columns;

    private Catalog(Map<String, ValueKind> columns) {
        this.columns = Map.copyOf(columns);
    }

    /** A catalog from column names (any case) to kinds. */
    public static Catalog of(Map<String, ValueKind> columns) {
        Map<String, ValueKind> m = new HashMap<>();
        columns.forEach((k, v) -> m.merge(k.toLowerCase(Locale.ROOT), v, (a, b) -> a == b ? a : ValueKind.UNKNOWN));
        return new Catalog(m);
    }

    /** A catalog from a source schema (DDL or live). */
    public static Catalog of(Schema schema) {
        Map<String, ValueKind> m = new HashMap<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                m.merge(c.name().toLowerCase(Locale.ROOT), kindOfType(c.type().name()),
                        (a, b) -> a == b ? a : ValueKind.UNKNOWN);
            }
        }
        return new Catalog(m);
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

    public ValueKind kind(String column) {
        return columns.getOrDefault(column.toLowerCase(Locale.ROOT), ValueKind.UNKNOWN);
    }
}
