package io.cutover.mappings.types;

import static io.cutover.mappings.types.Classification.EXACT;
import static io.cutover.mappings.types.Classification.LOSSY;
import static io.cutover.mappings.types.Classification.NEEDS_REVIEW;

/**
 * NUMBER(p,s) for both families. Integers go to the smallest integer type that holds every value of
 * p digits, larger ones to a fixed decimal (never BIGINT past 18 digits: 19 nines do not fit).
 */
final class NumberRule {
    /** Oracle's largest NUMBER precision, used for {@code NUMBER(*,s)}. */
    static final int ORACLE_MAX_PRECISION = 38;

    private final String tinyint;
    private final String decimal;
    private final int maxScale;

    /**
     * @param tinyint  the type for up to 2 digits
     * @param decimal  DECIMAL or NUMERIC
     * @param maxScale the largest scale the target accepts
     */
    NumberRule(String tinyint, String decimal, int maxScale) {
        this.tinyint = tinyint;
        this.decimal = decimal;
        this.maxScale = maxScale;
    }

    TargetType map(Integer precision, Integer scale) {
        int p = precision == null ? ORACLE_MAX_PRECISION : precision;
        int s = scale == null ? 0 : scale;
        if (s < 0) {
            TargetType t = integer(p - s);
            return t.as(t.sql(), NEEDS_REVIEW, "negative scale: Oracle rounds to 10^" + (-s)
                    + " on insert, the target stores what it is given");
        }
        if (s == 0) {
            return integer(p);
        }
        if (s > p) {
            return fixed(s, s, NEEDS_REVIEW, "scale > precision: " + decimal + "(" + s + "," + s
                    + ") holds every value; check the intent");
        }
        if (s > maxScale) {
            return fixed(p, maxScale, LOSSY, "scale above " + maxScale + ": digits past " + maxScale
                    + " decimals are rounded");
        }
        return fixed(p, s, EXACT, "same precision and scale");
    }

    private TargetType integer(int digits) {
        if (digits <= 2) {
            return TargetType.of(tinyint, EXACT, "up to 2 digits fit in " + tinyint, ValueKind.INTEGER).precision(digits);
        }
        if (digits <= 4) {
            return TargetType.of("SMALLINT", EXACT, "up to 4 digits fit in SMALLINT", ValueKind.INTEGER).precision(digits);
        }
        if (digits <= 9) {
            return TargetType.of("INT", EXACT, "up to 9 digits fit in INT", ValueKind.INTEGER).precision(digits);
        }
        if (digits <= 18) {
            return TargetType.of("BIGINT", EXACT, "up to 18 digits fit in BIGINT", ValueKind.INTEGER).precision(digits);
        }
        return fixed(digits, 0, EXACT, "over 18 digits: BIGINT would overflow");
    }

    private TargetType fixed(int p, int s, Classification c, String reason) {
        return TargetType.of(decimal + "(" + p + "," + s + ")", c, reason, ValueKind.DECIMAL).precision(p).scale(s);
    }
}
