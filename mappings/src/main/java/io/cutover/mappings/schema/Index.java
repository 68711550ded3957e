package io.cutover.mappings.schema;

import java.util.List;

/**
 * A secondary index. For a function-based index {@code expressions} holds the expressions as
 * written and {@code columns} is empty.
 */
public record Index(String name, String table, List<String> columns, List<String> expressions, boolean unique,
                    Location location) {
    public Index {
        columns = List.copyOf(columns);
        expressions = List.copyOf(expressions);
    }

    public boolean functionBased() {
        return !expressions.isEmpty();
    }
}
