package io.cutover.verify.internal.compare;

import io.cutover.verify.internal.canonical.ColumnKind;
import io.cutover.verify.internal.canonical.SqlType;

/** A compared column: its names and types on both sides and the kind both sides canonicalise it as. */
public record Column(String sourceName, String targetName, ColumnKind kind, SqlType sourceType, SqlType targetType) {
}
