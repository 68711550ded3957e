package io.cutover.cdc.internal.ddl;

import io.cutover.mappings.types.TargetType;
import io.cutover.mappings.types.ValueKind;
import java.util.Locale;

/**
 * What values a target column type can hold, enough to tell whether an existing column already holds a
 * wanted type, can be widened to it, or is of another kind: character length for text, integer digits
 * and scale for numbers, the type name for everything else.
 *
 * @param kind   {@code text}, {@code number}, or the normalised type name
 * @param length characters; integer digits for numbers; {@link Integer#MAX_VALUE} when unbounded
 * @param scale  numeric scale, else 0
 */
record ColumnCapacity(String kind, int length, int scale) {
    private static final int UNBOUNDED = Integer.MAX_VALUE;
    /** PostgreSQL's COLUMN_SIZE of a numeric without precision. */
    private static final int PG_NUMERIC_UNBOUNDED = 1000;

    /** A column as JDBC metadata reports it. */
    static ColumnCapacity existing(String typeName, int size, int digits) {
        String t = typeName.toLowerCase(Locale.ROOT).replace(" unsigned", "");
        return switch (t) {
            case "varchar", "character varying", "char", "bpchar", "character" -> text(size);
            case "text", "tinytext", "mediumtext", "longtext" -> text(UNBOUNDED);
            case "numeric", "decimal" -> size == 0 || size >= PG_NUMERIC_UNBOUNDED ? number(UNBOUNDED, UNBOUNDED)
                    : number(size - digits, digits);
            default -> integerDigits(t) > 0 ? number(integerDigits(t), 0) : new ColumnCapacity(alias(t), 0, 0);
        };
    }

    /** A type the schema converter chose. */
    static ColumnCapacity wanted(TargetType type) {
        String sql = type.sql().toLowerCase(Locale.ROOT);
        String name = sql.replaceAll("\\(.*", "").trim();
        if (type.kind() == ValueKind.STRING) {
            return text(type.precision() == null || name.endsWith("text") ? UNBOUNDED : type.precision());
        }
        if (type.kind() == ValueKind.INTEGER || type.kind() == ValueKind.DECIMAL) {
            if (integerDigits(name) > 0) {
                return number(integerDigits(name), 0);
            }
            int scale = type.scale() == null ? 0 : type.scale();
            return type.precision() == null ? number(UNBOUNDED, UNBOUNDED) : number(type.precision() - scale, scale);
        }
        return new ColumnCapacity(alias(name), 0, 0);
    }

    /** Every value of {@code wanted} fits here unchanged. */
    boolean holds(ColumnCapacity wanted) {
        return kind.equals(wanted.kind) && length >= wanted.length && scale >= wanted.scale;
    }

    /** Text or number both: widening this column can make it hold {@code wanted}. */
    boolean widensTo(ColumnCapacity wanted) {
        return kind.equals(wanted.kind) && (kind.equals("text") || kind.equals("number"));
    }

    private static ColumnCapacity text(int length) {
        return new ColumnCapacity("text", length, 0);
    }

    private static ColumnCapacity number(int integerDigits, int scale) {
        return new ColumnCapacity("number", integerDigits, scale);
    }

    /** Decimal digits every value of an integer type has room for; 0 for other types. */
    private static int integerDigits(String t) {
        return switch (t) {
            case "tinyint" -> 2;
            case "smallint", "int2" -> 4;
            case "mediumint" -> 6;
            case "int", "integer", "int4" -> 9;
            case "bigint", "int8" -> 18;
            default -> 0;
        };
    }

    private static String alias(String t) {
        return switch (t) {
            case "double precision", "double" -> "float8";
            case "real" -> "float4";
            case "boolean" -> "bool";
            case "timestamp with time zone" -> "timestamptz";
            case "timestamp without time zone" -> "timestamp";
            default -> t;
        };
    }
}
