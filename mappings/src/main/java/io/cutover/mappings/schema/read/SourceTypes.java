package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.LengthSemantics;
import java.util.Locale;

/**
 * Brings a live source column type, as JDBC metadata reports it, to its Oracle equivalent; the table
 * is in {@link JdbcSchemaReader}. Returns null for a type with no Oracle equivalent.
 */
final class SourceTypes {
    /** What PostgreSQL reports as the size of a numeric without precision, and of an unbounded varchar. */
    private static final int UNBOUNDED = 1000;

    private SourceTypes() {
    }

    /**
     * @param product  {@code PostgreSQL}, {@code MariaDB}, {@code MySQL} or {@code Oracle}
     * @param typeName {@code TYPE_NAME} from {@code getColumns}
     * @param size     {@code COLUMN_SIZE}
     * @param digits   {@code DECIMAL_DIGITS} (scale, or fractional seconds)
     */
    static ColumnType oracleType(String product, String typeName, int size, int digits) {
        String type = typeName.toLowerCase(Locale.ROOT);
        String text = typeName + (size > 0 && size < Integer.MAX_VALUE ? "(" + size
                + (digits > 0 ? "," + digits : "") + ")" : "");
        return switch (product) {
            case "PostgreSQL" -> postgres(type, size, digits, text);
            case "MariaDB", "MySQL" -> mariaDb(type.replace(" unsigned", ""), type.endsWith(" unsigned"), size, digits,
                    text);
            default -> oracle(typeName.toUpperCase(Locale.ROOT), size, digits, text);
        };
    }

    private static ColumnType postgres(String type, int size, int digits, String text) {
        return switch (type) {
            case "int2", "smallserial" -> number(5, text);
            case "int4", "serial" -> number(10, text);
            case "int8", "bigserial" -> number(19, text);
            case "numeric" -> size == 0 || size >= UNBOUNDED ? new ColumnType("NUMBER", null, null, null, text)
                    : new ColumnType("NUMBER", size, digits, null, text);
            case "bool" -> number(1, text);
            case "float4" -> plain("BINARY_FLOAT", text);
            case "float8" -> plain("BINARY_DOUBLE", text);
            case "varchar" -> size <= 0 || size == Integer.MAX_VALUE ? plain("CLOB", text)
                    : new ColumnType("VARCHAR2", size, null, LengthSemantics.CHAR, text);
            case "bpchar" -> new ColumnType("CHAR", size, null, LengthSemantics.CHAR, text);
            case "text", "json", "jsonb", "xml" -> plain("CLOB", text);
            case "bytea" -> plain("BLOB", text);
            case "date" -> plain("DATE", text);
            case "timestamp" -> new ColumnType("TIMESTAMP", digits, null, null, text);
            case "timestamptz" -> new ColumnType("TIMESTAMP WITH TIME ZONE", digits, null, null, text);
            case "interval" -> new ColumnType("INTERVAL DAY TO SECOND", 9, digits, null, text);
            default -> null;
        };
    }

    private static ColumnType mariaDb(String type, boolean unsigned, int size, int digits, String text) {
        return switch (type) {
            case "tinyint" -> number(3, text);
            case "bit", "boolean" -> number(1, text);
            case "smallint" -> number(5, text);
            case "mediumint" -> number(unsigned ? 8 : 7, text);
            case "int", "integer" -> number(10, text);
            case "bigint" -> number(unsigned ? 20 : 19, text);
            case "decimal" -> new ColumnType("NUMBER", size, digits, null, text);
            case "float" -> plain("BINARY_FLOAT", text);
            case "double" -> plain("BINARY_DOUBLE", text);
            case "varchar" -> new ColumnType("VARCHAR2", size, null, LengthSemantics.CHAR, text);
            case "char" -> new ColumnType("CHAR", size, null, LengthSemantics.CHAR, text);
            case "tinytext", "text", "mediumtext", "longtext", "json" -> plain("CLOB", text);
            case "binary", "varbinary" -> new ColumnType("RAW", size, null, null, text);
            case "tinyblob", "blob", "mediumblob", "longblob" -> plain("BLOB", text);
            case "date" -> plain("DATE", text);
            case "datetime" -> new ColumnType("TIMESTAMP", fraction(size), null, null, text);
            case "timestamp" -> new ColumnType("TIMESTAMP WITH LOCAL TIME ZONE", fraction(size), null, null, text);
            default -> null;
        };
    }

    /** Oracle reports its own names; {@code TIMESTAMP(6) WITH TIME ZONE} style names lose their digits. */
    private static ColumnType oracle(String type, int size, int digits, String text) {
        String name = type.replaceAll("\\(\\d+\\)", "");
        return switch (name) {
            case "NUMBER" -> size == 0 ? new ColumnType("NUMBER", null, digits == -127 ? null : digits, null, text)
                    : new ColumnType("NUMBER", size, digits, null, text);
            case "VARCHAR2", "NVARCHAR2", "CHAR", "NCHAR", "RAW" -> new ColumnType(name, size, null, null, text);
            case "FLOAT" -> new ColumnType(name, size, null, null, text);
            case "DATE", "CLOB", "NCLOB", "BLOB", "LONG", "LONG RAW", "BINARY_FLOAT", "BINARY_DOUBLE" -> plain(name, text);
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH LOCAL TIME ZONE" ->
                    new ColumnType(name, digits, null, null, text);
            default -> null;
        };
    }

    /** MariaDB reports datetime(n) as size 19 + 1 + n, with DECIMAL_DIGITS 0. */
    private static int fraction(int size) {
        return size > 19 ? size - 20 : 0;
    }

    private static ColumnType number(int precision, String text) {
        return new ColumnType("NUMBER", precision, 0, null, text);
    }

    private static ColumnType plain(String name, String text) {
        return new ColumnType(name, null, null, null, text);
    }
}
