package io.cutover.mappings.types;

import static io.cutover.mappings.types.Classification.EXACT;
import static io.cutover.mappings.types.Classification.LOSSY;
import static io.cutover.mappings.types.Classification.NEEDS_REVIEW;
import static io.cutover.mappings.types.Classification.WIDENING;

/** Oracle to PostgreSQL, database encoding UTF8. */
final class PostgresTypeRules implements TypeRules {
    private static final NumberRule NUMBER = new NumberRule("SMALLINT", "NUMERIC", 1000);

    @Override
    public TargetType map(OracleType t) {
        Integer p = t.precision();
        return switch (t.name()) {
            case "NUMBER" -> p == null && t.scale() == null
                    ? TargetType.of("NUMERIC", EXACT, "unconstrained NUMERIC keeps every NUMBER value", ValueKind.DECIMAL)
                    : NUMBER.map(p, t.scale());
            case "FLOAT" -> floatType(p == null ? 126 : p);
            case "BINARY_FLOAT" -> TargetType.of("REAL", EXACT, "IEEE single both sides", ValueKind.FLOAT).precision(6);
            case "BINARY_DOUBLE" -> TargetType.of("DOUBLE PRECISION", EXACT, "IEEE double both sides", ValueKind.FLOAT)
                    .precision(15);
            case "VARCHAR2", "NVARCHAR2" -> varchar(t);
            case "CHAR", "NCHAR" -> {
                int n = p == null ? 1 : p;
                yield TargetType.of("CHAR(" + n + ")", t.charSemantics() ? EXACT : WIDENING, "blank-padded like Oracle"
                        + (t.charSemantics() ? "" : "; " + n + " bytes in Oracle, characters here"), ValueKind.STRING)
                        .precision(n).padded();
            }
            case "DATE" -> TargetType.of("TIMESTAMP(0)", EXACT, "Oracle DATE has a time to the second",
                    ValueKind.TIMESTAMP).precision(0);
            case "TIMESTAMP" -> timestamp("TIMESTAMP", p, EXACT, "same fractional seconds");
            case "TIMESTAMP WITH TIME ZONE" -> timestamp("TIMESTAMPTZ", p, LOSSY,
                    "the instant is kept, the original offset or region is not").utc();
            case "TIMESTAMP WITH LOCAL TIME ZONE" -> timestamp("TIMESTAMPTZ", p, EXACT, "an instant both sides").utc();
            case "CLOB", "NCLOB", "LONG" -> TargetType.of("TEXT", EXACT, "up to 1 GB per value", ValueKind.STRING);
            case "BLOB", "LONG RAW" -> TargetType.of("BYTEA", EXACT, "up to 1 GB per value", ValueKind.BINARY);
            case "RAW" -> TargetType.of("BYTEA", WIDENING, "BYTEA has no length limit", ValueKind.BINARY).precision(p);
            case "INTERVAL YEAR TO MONTH" -> TargetType.of("INTERVAL YEAR TO MONTH", EXACT, "native interval",
                    ValueKind.INTERVAL);
            case "INTERVAL DAY TO SECOND" -> {
                int n = TypeRules.fraction(t.scale());
                yield n > MAX_FRACTION
                        ? TargetType.of("INTERVAL DAY TO SECOND(6)", LOSSY, "fractional seconds rounded from " + n
                        + " to 6 digits", ValueKind.INTERVAL).precision(MAX_FRACTION)
                        : TargetType.of("INTERVAL DAY TO SECOND(" + n + ")", EXACT, "native interval",
                        ValueKind.INTERVAL).precision(n);
            }
            case "BOOLEAN" -> TargetType.of("BOOLEAN", EXACT, "native boolean", ValueKind.BOOLEAN);
            case "ROWID" -> TargetType.of("VARCHAR(18)", NEEDS_REVIEW, "an Oracle row address means nothing on the "
                    + "target; kept as text", ValueKind.STRING).precision(18);
            case "UROWID" -> TargetType.of("VARCHAR(4000)", NEEDS_REVIEW, "an Oracle row address means nothing on "
                    + "the target; kept as text", ValueKind.STRING).precision(4000);
            case "XMLTYPE" -> TargetType.of("XML", NEEDS_REVIEW, "native XML keeps documents; XMLType methods "
                    + "must be rewritten", ValueKind.OTHER);
            case "SDO_GEOMETRY" -> TargetType.of("TEXT", NEEDS_REVIEW, "kept as WKT text; use PostGIS geometry "
                    + "where installed", ValueKind.OTHER);
            default -> TargetType.of("TEXT", NEEDS_REVIEW, "unknown Oracle type " + t.name() + ": kept as text",
                    ValueKind.OTHER);
        };
    }

    private static TargetType floatType(int bits) {
        int digits = TypeRules.floatDigits(bits);
        return TargetType.of("DOUBLE PRECISION", bits <= DOUBLE_SAFE_BITS ? WIDENING : LOSSY, "Oracle FLOAT(" + bits
                + ") is decimal (" + digits + " digits); a binary double "
                + (bits <= DOUBLE_SAFE_BITS ? "round-trips 15 digits" : "keeps 15"), ValueKind.FLOAT).precision(15);
    }

    private static TargetType varchar(OracleType t) {
        int n = t.precision() == null ? 4000 : t.precision();
        return t.charSemantics()
                ? TargetType.of("VARCHAR(" + n + ")", EXACT, n + " characters", ValueKind.STRING).precision(n)
                : TargetType.of("VARCHAR(" + n + ")", WIDENING, n + " bytes in Oracle, characters here",
                ValueKind.STRING).precision(n);
    }

    private static TargetType timestamp(String type, Integer digits, Classification c, String reason) {
        int n = TypeRules.fraction(digits);
        if (n > MAX_FRACTION) {
            return TargetType.of(type + "(6)", LOSSY, "fractional seconds rounded from " + n + " to 6 digits"
                    + (c == EXACT ? "" : "; " + reason), ValueKind.TIMESTAMP).precision(MAX_FRACTION);
        }
        return TargetType.of(type + "(" + n + ")", c, reason, ValueKind.TIMESTAMP).precision(n);
    }
}
