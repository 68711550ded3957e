package io.cutover.cdc.internal.ddl;

import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import java.util.Locale;

/**
 * Brings a source column type, as Debezium names it, to its Oracle equivalent, the input of the schema
 * converter's {@link io.cutover.mappings.types.TypeMapper}. The same table as the schema reader's
 * (package-private) {@code SourceTypes}, keyed by the connectors' type names. Null for a type without one.
 */
final class SourceTypes {
    private SourceTypes() {
    }

    static ColumnType oracleType(SourceType source, SourceColumn c) {
        String type = c.type().toLowerCase(Locale.ROOT).trim();
        String text = c.type() + (c.length() == null ? "" : "(" + c.length() + (c.scale() == null ? "" : "," + c.scale()) + ")");
        return switch (source) {
            case POSTGRESQL -> postgres(type, c, text);
            case MARIADB, MYSQL -> binlog(type.replace(" unsigned", ""), type.endsWith(" unsigned"), c, text);
            case ORACLE -> new ColumnType(c.type().toUpperCase(Locale.ROOT), c.length(), c.scale(), null, text);
        };
    }

    private static ColumnType postgres(String type, SourceColumn c, String text) {
        return switch (type) {
            case "int2", "smallserial" -> number(5, text);
            case "int4", "serial" -> number(10, text);
            case "int8", "bigserial" -> number(19, text);
            case "numeric" -> c.length() == null || c.length() == 0 ? plain("NUMBER", text)
                    : new ColumnType("NUMBER", c.length(), c.scale() == null ? 0 : c.scale(), null, text);
            case "bool" -> number(1, text);
            case "float4" -> plain("BINARY_FLOAT", text);
            case "float8" -> plain("BINARY_DOUBLE", text);
            case "varchar" -> c.length() == null || c.length() <= 0 || c.length() == Integer.MAX_VALUE
                    ? plain("CLOB", text) : chars("VARCHAR2", c.length(), text);
            case "bpchar" -> chars("CHAR", c.length(), text);
            case "text", "json", "jsonb", "xml" -> plain("CLOB", text);
            case "bytea" -> plain("BLOB", text);
            case "date" -> plain("DATE", text);
            case "timestamp" -> new ColumnType("TIMESTAMP", fraction(c.scale()), null, null, text);
            case "timestamptz" -> new ColumnType("TIMESTAMP WITH TIME ZONE", fraction(c.scale()), null, null, text);
            default -> null;
        };
    }

    private static ColumnType binlog(String type, boolean unsigned, SourceColumn c, String text) {
        return switch (type) {
            case "tinyint" -> number(3, text);
            case "bit", "bool", "boolean" -> number(1, text);
            case "smallint" -> number(5, text);
            case "mediumint" -> number(unsigned ? 8 : 7, text);
            case "int", "integer" -> number(10, text);
            case "bigint" -> number(unsigned ? 20 : 19, text);
            case "decimal", "numeric" -> new ColumnType("NUMBER", c.length(), c.scale() == null ? 0 : c.scale(), null, text);
            case "float" -> plain("BINARY_FLOAT", text);
            case "double" -> plain("BINARY_DOUBLE", text);
            case "varchar" -> chars("VARCHAR2", c.length(), text);
            case "char" -> chars("CHAR", c.length(), text);
            case "tinytext", "text", "mediumtext", "longtext", "json" -> plain("CLOB", text);
            case "binary", "varbinary" -> new ColumnType("RAW", c.length(), null, null, text);
            case "tinyblob", "blob", "mediumblob", "longblob" -> plain("BLOB", text);
            case "date" -> plain("DATE", text);
            case "datetime" -> new ColumnType("TIMESTAMP", c.length() == null ? 0 : c.length(), null, null, text);
            case "timestamp" -> new ColumnType("TIMESTAMP WITH LOCAL TIME ZONE", c.length() == null ? 0 : c.length(), null,
                    null, text);
            default -> null;
        };
    }

    private static int fraction(Integer digits) {
        return digits == null || digits < 0 || digits > 9 ? 6 : digits;
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
