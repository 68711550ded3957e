package io.cutover.verify;

import java.util.List;

/**
 * One row that differs between the source and the target.
 *
 * @param kind     what is wrong
 * @param table    the source table
 * @param key      the row key, {@code column=value} joined by {@code , }; for COUNT the chunk's key range
 * @param location the shard and physical table where the row was found or belongs ({@code s0.items_3})
 * @param columns  the differing columns of a DIFFERENT row (values truncated); empty otherwise
 */
public record Difference(Kind kind, String table, String key, String location, List<Column> columns) {
    public Difference {
        columns = List.copyOf(columns);
    }

    public enum Kind {
        /** In the source, not in the target. */
        MISSING,
        /** In the target, not in the source. */
        EXTRA,
        /** In both, with different values. */
        DIFFERENT,
        /** In a physical table the router does not send its key to. */
        MISPLACED,
        /** A chunk whose row counts differ (count mode only). */
        COUNT
    }

    /** A column's canonical values on both sides; {@code null} for NULL. */
    public record Column(String name, String source, String target) {
    }
}
