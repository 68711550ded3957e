package io.cutover.mappings.schema;

import java.util.List;

/** A primary or unique key. {@code name} is null when the constraint was not named. */
public record Key(String name, List<String> columns) {
    public Key {
        columns = List.copyOf(columns);
    }
}
