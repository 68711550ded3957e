package io.cutover.mappings.schema.read;

import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import java.util.Locale;

/**
 * Brings a source column type to its Oracle equivalent, the input of the type mapper: the one table for the
 * schema reader (JDBC metadata) and for the stream's {@code on-ddl: apply} (the connectors' type names).
 * Callers pass the declared length and scale, with their own reporting quirks already taken out.
 */
public final class SourceTypes {
    private SourceTypes() {
    }

    /**
     * @param typeName the source's type name, e.g. {@code int4}, {@code varchar}, {@code datetime}, {@code NUMBER}
     * @param length   declared character length, numeric precision or binary length; null (or 0, or
     *                 {@code Integer.MAX_VALUE}, as some drivers say it) when none is declared
     * @param scale    declared numeric scale or fractional-second digits; null when none is declared
     * @return the Oracle type, or null for a type without an Oracle equivalent
     */
    public static ColumnType oracleType(SourceType source, String typeName, Integer length, Integer scale) {
        String type = typeName.toLowerCase(Locale.ROOT).trim();
        if (length != null && (length <= 0 || length == Integer.MAX_VALUE)) {
            length = null;
        }
        String text = typeName + (length == null ? "" : "(" + length + (scale == null ? "" : "," + scale) + ")");
        return switch (source) {
            case POSTGRESQL -> postgres(type, length, scale, text);
            case MARIADB, MYSQL -> binlog(type.replace(" unsigned", ""), type.endsWith(" unsigned"), length, scale,
                    text);
            case ORACLE -> oracle(typeName.toUpperCase(Locale.ROOT).replaceAll("\\(\\d+\\)", ""), length, scale, text);
        };
    }

    private static ColumnType postgres(String type, Integer length, Integer scale, String text) {
        return switch (type) {
            case "int2", "smallserial" -> number(5, text);
            case "int4", "serial" -> number(10, text);
            case "int8", "bigserial" -> number(19, text);
            case "numeric" -> length == null ? plain("NUMBER", text)
                    : new ColumnType("NUMBER", length, zero(scale), null, text);
            case "bool" -> number(1, text);
            case "float4" -> plain("BINARY_FLOAT", text);
            case "float8" -> plain("BINARY_DOUBLE", text);
            case "varchar" -> length == null ? plain("CLOB", text) : chars("VARCHAR2", length, text);
            case "bpchar" -> chars("CHAR", length, text);
            case "text", "json", "jsonb", "xml" -> plain("CLOB", text);
            case "bytea" -> plain("BLOB", text);
            case "date" -> plain("DATE", text);
            case "timestamp" -> new ColumnType("TIMESTAMP", fraction(scale, 6), null, null, text);
            case "timestamptz" -> new ColumnType("TIMESTAMP WITH TIME ZONE", fraction(scale, 6), null, null, text);
            case "interval" -> new ColumnType("INTERVAL DAY TO SECOND", 9, fraction(scale, 6), null, text);
            default -> null;
        };
    }

    private static ColumnType binlog(String type, boolean unsigned, Integer length, Integer scale, String text) {
        return switch (type) {
            case "tinyint" -> number(3, text);
            case "bit", "bool", "boolean" -> number(1, text);
            case "smallint" -> number(5, text);
            case "mediumint" -> number(unsigned ? 8 : 7, text);
            case "int", "integer" -> number(10, text);
            case "bigint" -> number(unsigned ? 20 : 19, text);
            case "decimal", "numeric" -> new ColumnType("NUMBER", length, zero(scale), null, text);
            case "float" -> plain("BINARY_FLOAT", text);
            case "double" -> plain("BINARY_DOUBLE", text);
            case "varchar" -> chars("VARCHAR2", length, text);
            case "char" -> chars("CHAR", length, text);
            case "tinytext", "text", "mediumtext", "longtext", "json" -> plain("CLOB", text);
            case "binary", "varbinary" -> new ColumnType("RAW", length, null, null, text);
            case "tinyblob", "blob", "mediumblob", "longblob" -> plain("BLOB", text);
            case "date" -> plain("DATE", text);
            // the binlog connectors report datetime(n) as length n
            case "datetime" -> new ColumnType("TIMESTAMP", fraction(length, 0), null, null, text);
            case "timestamp" -> new ColumnType("TIMESTAMP WITH LOCAL TIME ZONE", fraction(length, 0), null, null, text);
            default -> null;
        };
    }

    /** Oracle's own names; {@code TIMESTAMP(6) WITH TIME ZONE} arrives without its digits. */
    private static ColumnType oracle(String type, Integer length, Integer scale, String text) {
        return switch (type) {
            case "NUMBER" -> new ColumnType("NUMBER", length, scale == null || scale == -127 ? null : scale, null, text);
            case "VARCHAR2", "NVARCHAR2", "CHAR", "NCHAR", "RAW", "FLOAT" ->
                    new ColumnType(type, length, null, null, text);
            case "DATE", "CLOB", "NCLOB", "BLOB", "LONG", "LONG RAW", "BINARY_FLOAT", "BINARY_DOUBLE" ->
                    plain(type, text);
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH LOCAL TIME ZONE" ->
                    new ColumnType(type, fraction(scale, 6), null, null, text);
            default -> null;
        };
    }

    private static int fraction(Integer digits, int fallback) {
        return digits == null || digits < 0 || digits > 9 ? fallback : digits;
    }

    private static Integer zero(Integer scale) {
        return scale == null ? 0 : scale;
    }

    private static ColumnType chars(String name, Integer length, String text) {
        return new ColumnType(name, length, null, LengthSemantics.CHAR, text);
    }

    private static ColumnType number(int precision, String text) {
        return new ColumnType("NUMBER", precision, 0, null, text);
    }

    private static ColumnType plain(String name, String text) {
        return new ColumnType(name, null, null, null, text);
    }
}
