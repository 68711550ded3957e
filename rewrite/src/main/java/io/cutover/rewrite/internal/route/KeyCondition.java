package io.cutover.rewrite.internal.route;

import java.util.List;

/**
 * What a statement's predicates say about the shard key of the tables it reads or writes. Anything that is
 * not an equality, IN list or range on a key column, with literals or binds, is {@link #ANY}.
 */
sealed interface KeyCondition {
    KeyCondition ANY = new Any();

    record Any() implements KeyCondition {
    }

    /** {@code column = v} or {@code column IN (v1, v2, ...)} on key column {@code column} of {@code table}. */
    record Equal(TableUse table, int column, List<KeyValue> values) implements KeyCondition {
    }

    /** {@code low <= column <= high}; an open end is null. Bounds are inclusive (a superset is safe). */
    record Range(TableUse table, int column, KeyValue low, KeyValue high) implements KeyCondition {
    }

    record And(List<KeyCondition> parts) implements KeyCondition {
    }

    record Or(List<KeyCondition> parts) implements KeyCondition {
    }
}
