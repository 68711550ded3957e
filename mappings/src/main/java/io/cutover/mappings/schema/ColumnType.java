package io.cutover.mappings.schema;

/**
 * A source column type, normalised.
 *
 * @param name      the type name in upper case with single spaces, e.g. {@code NUMBER}, {@code VARCHAR2},
 *                  {@code TIMESTAMP WITH TIME ZONE}, {@code INTERVAL DAY TO SECOND}, {@code BINARY_DOUBLE}
 * @param precision NUMBER/FLOAT precision, character or RAW length, TIMESTAMP fractional digits,
 *                  INTERVAL leading precision; null when not given ({@code NUMBER}, {@code NUMBER(*,0)})
 * @param scale     NUMBER scale, INTERVAL fractional seconds precision; null when not given
 * @param semantics BYTE or CHAR for character types when written, else null
 * @param text      the type as written in the source, for reports
 */
public record ColumnType(String name, Integer precision, Integer scale, LengthSemantics semantics, String text) {
}
