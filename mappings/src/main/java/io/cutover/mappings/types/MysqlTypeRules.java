package io.cutover.mappings.types;

import static io.cutover.mappings.types.Classification.EXACT;
import static io.cutover.mappings.types.Classification.LOSSY;
import static io.cutover.mappings.types.Classification.NEEDS_REVIEW;
import static io.cutover.mappings.types.Classification.WIDENING;

/** Oracle to MySQL family (MySQL, MariaDB, OceanBase MySQL mode, TiDB), character set utf8mb4. */
final class MysqlTypeRules implements TypeRules {
    /** The longest VARCHAR that fits TEXT's 65535 bytes at 4 bytes per utf8mb4 character. */
    static final int MAX_VARCHAR = 16383;
    /** MySQL's CHAR maximum. */
    static final int MAX_CHAR = 255;

    private static final NumberRule NUMBER = new NumberRule("TINYINT", "DECIMAL", 30);

    @Override
    public TargetType map(OracleType t) {
        Integer p = t.precision();
        return switch (t.name()) {
            case "NUMBER" -> p == null && t.scale() == null
                    ? TargetType.of("DECIMAL(65,30)", LOSSY, "unconstrained NUMBER keeps 38 significant digits at any "
                    + "scale; DECIMAL(65,30) rounds past 30 decimals and caps 35 integer digits", ValueKind.DECIMAL)
                    .precision(65).scale(30)
                    : NUMBER.map(p, t.scale());
            case "FLOAT" -> floatType(p == null ? 126 : p);
            case "BINARY_FLOAT" -> TargetType.of("FLOAT", LOSSY, "IEEE single both sides, but NaN and Infinity "
                    + "cannot be stored", ValueKind.FLOAT).precision(6);
            case "BINARY_DOUBLE" -> TargetType.of("DOUBLE", LOSSY, "IEEE double both sides, but NaN and Infinity "
                    + "cannot be stored", ValueKind.FLOAT).precision(15);
            case "VARCHAR2", "NVARCHAR2" -> varchar(t);
            case "CHAR", "NCHAR" -> fixedChar(t);
            case "DATE" -> TargetType.of("DATETIME(0)", EXACT, "Oracle DATE has a time to the second; years before "
                    + "1000 are outside DATETIME's supported range", ValueKind.TIMESTAMP).precision(0);
            case "TIMESTAMP" -> timestamp(p, EXACT, "same fractional seconds");
            case "TIMESTAMP WITH TIME ZONE" -> timestamp(p, LOSSY,
                    "stored as the UTC instant; the time zone is lost").utc();
            case "TIMESTAMP WITH LOCAL TIME ZONE" -> timestamp(p, EXACT,
                    "an instant, stored normalised to UTC").utc();
            case "CLOB", "NCLOB", "LONG" -> TargetType.of("LONGTEXT", EXACT, "up to 4 GB of text", ValueKind.STRING);
            case "BLOB", "LONG RAW" -> TargetType.of("LONGBLOB", EXACT, "up to 4 GB of bytes", ValueKind.BINARY);
            case "RAW" -> TargetType.of("VARBINARY(" + (p == null ? 2000 : p) + ")", EXACT, "same byte length",
                    ValueKind.BINARY).precision(p);
            case "INTERVAL YEAR TO MONTH" -> TargetType.of("INT", NEEDS_REVIEW, "no interval type: stored as total "
                    + "months", ValueKind.INTERVAL_MONTHS);
            case "INTERVAL DAY TO SECOND" -> TargetType.of("BIGINT", NEEDS_REVIEW, "no interval type: stored as total "
                    + "microseconds" + (TypeRules.fraction(t.scale()) > MAX_FRACTION ? ", nanoseconds rounded" : ""),
                    ValueKind.INTERVAL_MICROS).precision(Math.min(TypeRules.fraction(t.scale()), MAX_FRACTION));
            case "BOOLEAN" -> TargetType.of("BOOLEAN", EXACT, "TINYINT(1): 1 and 0", ValueKind.BOOLEAN);
            case "ROWID" -> TargetType.of("VARCHAR(18)", NEEDS_REVIEW, "an Oracle row address means nothing on the "
                    + "target; kept as text", ValueKind.STRING).precision(18);
            case "UROWID" -> TargetType.of("VARCHAR(4000)", NEEDS_REVIEW, "an Oracle row address means nothing on "
                    + "the target; kept as text", ValueKind.STRING).precision(4000);
            case "XMLTYPE" -> TargetType.of("LONGTEXT", NEEDS_REVIEW, "no XML type: kept as text, XML queries must "
                    + "be rewritten", ValueKind.OTHER);
            case "SDO_GEOMETRY" -> TargetType.of("LONGTEXT", NEEDS_REVIEW, "kept as WKT text; consider GEOMETRY "
                    + "with an SRID", ValueKind.OTHER);
            default -> TargetType.of("LONGTEXT", NEEDS_REVIEW, "unknown Oracle type " + t.name() + ": kept as text",
                    ValueKind.OTHER);
        };
    }

    private static TargetType floatType(int bits) {
        int digits = TypeRules.floatDigits(bits);
        return TargetType.of("DOUBLE", bits <= DOUBLE_SAFE_BITS ? WIDENING : LOSSY, "Oracle FLOAT(" + bits
                + ") is decimal (" + digits + " digits); a binary double "
                + (bits <= DOUBLE_SAFE_BITS ? "round-trips 15 digits" : "keeps 15"), ValueKind.FLOAT).precision(15);
    }

    private static TargetType varchar(OracleType t) {
        int n = t.precision() == null ? 4000 : t.precision();
        Classification c = t.charSemantics() ? EXACT : WIDENING;
        String unit = t.charSemantics() ? "characters" : "bytes in Oracle, characters in utf8mb4";
        if (n > MAX_VARCHAR) {
            return TargetType.of("MEDIUMTEXT", WIDENING, n + " characters exceed VARCHAR's row budget",
                    ValueKind.STRING).precision(n);
        }
        return TargetType.of("VARCHAR(" + n + ")", c, n + " " + unit, ValueKind.STRING).precision(n);
    }

    private static TargetType fixedChar(OracleType t) {
        int n = t.precision() == null ? 1 : t.precision();
        if (n > MAX_CHAR) {
            return TargetType.of("VARCHAR(" + n + ")", NEEDS_REVIEW, "CHAR over " + MAX_CHAR + ": VARCHAR keeps the "
                    + "copied padding but does not pad new values", ValueKind.STRING).precision(n).padded();
        }
        return TargetType.of("CHAR(" + n + ")", NEEDS_REVIEW, "MySQL strips trailing spaces when reading CHAR; "
                + "Oracle returns them padded", ValueKind.STRING).precision(n).padded();
    }

    private static TargetType timestamp(Integer digits, Classification c, String reason) {
        int n = TypeRules.fraction(digits);
        if (n > MAX_FRACTION) {
            return TargetType.of("DATETIME(6)", LOSSY, "fractional seconds rounded from " + n + " to 6 "
                    + "digits" + (c == EXACT ? "" : "; " + reason), ValueKind.TIMESTAMP).precision(MAX_FRACTION);
        }
        return TargetType.of("DATETIME(" + n + ")", c, reason, ValueKind.TIMESTAMP).precision(n);
    }
}
