package io.cutover.mappings.schema;

/**
 * @param defaultExpression the DEFAULT expression as written (e.g. {@code SYSDATE}), or null
 * @param identity          a {@code GENERATED ... AS IDENTITY} column
 * @param comment           from {@code COMMENT ON COLUMN}, or null
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, boolean identity,
                     String comment) {
}
