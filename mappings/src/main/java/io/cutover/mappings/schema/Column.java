package io.cutover.mappings.schema;

/**
 * @param defaultExpression the DEFAULT expression as written (e.g. {@code SYSDATE}), or null
 * @param identity          a {@code GENERATED ... AS IDENTITY} column
 * @param comment           from {@code COMMENT ON COLUMN}, or null
 * @param virtualExpression the expression of a virtual column ({@code AS (expr) VIRTUAL}) as written, or null
 *                          for a column that stores its values
 * @param invisible         an {@code INVISIBLE} column: Oracle leaves it out of {@code SELECT *} and of
 *                          {@code INSERT} without a column list
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, boolean identity,
                     String comment, String virtualExpression, boolean invisible) {

    /** A visible column that stores its values. */
    public Column(String name, ColumnType type, boolean nullable, String defaultExpression, boolean identity,
                  String comment) {
        this(name, type, nullable, defaultExpression, identity, comment, null, false);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, defaultExpression, identity, comment, virtualExpression, invisible);
    }

    public Column withComment(String text) {
        return new Column(name, type, nullable, defaultExpression, identity, text, virtualExpression, invisible);
    }
}
