package io.cutover.mappings.shard;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.value.CanonicalValues;

/** The messages of key values a shard rule cannot route. Values are named by type only (keys may be personal data). */
final class KeyErrors {
    private KeyErrors() {
    }

    static CutoverException nullKey(String table, String column) {
        return new CutoverException(ErrorCode.INVALID_INPUT, "table " + table + ": shard key " + column
                + " is NULL; a row needs a shard key value to be routed");
    }

    static CutoverException missingKey(String table, String column) {
        return new CutoverException(ErrorCode.INVALID_INPUT, "table " + table + ": the row has no shard key column "
                + column + "; a row needs a shard key value to be routed");
    }

    /** A value the rule cannot use; {@code reason} says what was expected and what was found. */
    static CutoverException unusable(String table, String column, String algorithm, String reason) {
        return new CutoverException(ErrorCode.INVALID_INPUT, "table " + table + ": shard key " + column
                + " cannot be routed by " + algorithm + ": " + reason);
    }

    static String found(Object value) {
        return "found a " + CanonicalValues.typeName(value);
    }
}
