package io.cutover.verify.internal.canonical;

import java.sql.Types;

/**
 * How a column's values are brought to canonical text. Chosen from the column types on both sides so that
 * both use one rule: a date-only source DATE against a target DATETIME is a TIMESTAMP on both, an integer
 * against a DECIMAL a DECIMAL, VARCHAR against TEXT a CLOB.
 *
 * <table>
 * <caption>Canonical text by kind (NULL stays NULL)</caption>
 * <tr><th>kind</th><th>text</th></tr>
 * <tr><td>DECIMAL (also integers, flags)</td><td>plain decimal, fraction zeros removed: 1.50 is {@code 1.5}, 2.000
 *     is {@code 2}; flags are {@code 1} or {@code 0}</td></tr>
 * <tr><td>TIMESTAMP</td><td>{@code yyyy-MM-dd HH:mm:ss}, then a non-zero fraction to microseconds without trailing
 *     zeros; zoned values (timestamptz, MySQL TIMESTAMP) in UTC</td></tr>
 * <tr><td>STRING</td><td>'' is NULL (Oracle's rule), CHAR padding removed, written {@code <characters>:<text>}</td></tr>
 * <tr><td>CLOB, BLOB</td><td>lowercase hex MD5 of the UTF-8 text or of the bytes; empty is NULL</td></tr>
 * <tr><td>BINARY</td><td>lowercase hex; empty is NULL</td></tr>
 * <tr><td>INTERVAL</td><td>total microseconds as a plain decimal, a month counted as 30 days (as PostgreSQL
 *     compares intervals): an interval as is, a MySQL-family {@code INT} as total months, a {@code BIGINT} as
 *     total microseconds (how YEAR TO MONTH and DAY TO SECOND are stored there), see
 *     {@link io.cutover.mappings.value.IntervalValue}</td></tr>
 * <tr><td>JAVA</td><td>no identical SQL form on both sides (floating point, anything else): rows are
 *     read and canonicalised in Java with {@link io.cutover.mappings.value.CanonicalValues}</td></tr>
 * </table>
 */
public enum ColumnKind {
    DECIMAL, TIMESTAMP, STRING, CLOB, BINARY, BLOB, INTERVAL, JAVA;

    /** The kind of one column type alone. */
    public static ColumnKind of(SqlType type) {
        String name = type.name();
        if (type.interval()) {
            return INTERVAL;
        }
        return switch (type.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC, Types.BIT,
                    Types.BOOLEAN -> DECIMAL;
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> name.contains("text") ? CLOB : STRING;
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> CLOB;
            case Types.BINARY, Types.VARBINARY -> name.equals("bytea") || name.contains("blob") ? BLOB : BINARY;
            case Types.LONGVARBINARY, Types.BLOB -> BLOB;
            default -> JAVA;
        };
    }

    /** The one kind both sides of a column use. */
    public static ColumnKind merge(ColumnKind a, ColumnKind b) {
        if (a == b) {
            return a;
        }
        if (a.ordinal() > b.ordinal()) {
            return merge(b, a);
        }
        if (a == STRING && b == CLOB) {
            return CLOB;
        }
        if (a == BINARY && b == BLOB) {
            return BLOB;
        }
        if (a == DECIMAL && b == INTERVAL) {
            return INTERVAL; // an interval stored as total months or microseconds
        }
        return JAVA;
    }
}
