package io.cutover.mappings.types;

/**
 * What one Oracle type becomes on one target family, and what a comparator needs to know about it.
 *
 * @param sql            the target type as written in DDL, e.g. {@code DECIMAL(10,2)}
 * @param classification how faithfully values are kept
 * @param reason         one line a DBA can read
 * @param kind           the shape of the value
 * @param precision      DECIMAL precision, significant digits of a FLOAT, fractional-second digits of a
 *                       TIMESTAMP or INTERVAL, character length of a STRING; null when not bounded
 * @param scale          DECIMAL scale; null otherwise
 * @param utcInstant     the target stores the instant normalised to UTC (the applier converts to UTC)
 * @param blankPadded    fixed-length CHAR: trailing spaces are not significant when comparing
 */
public record TargetType(String sql, Classification classification, String reason, ValueKind kind,
                         Integer precision, Integer scale, boolean utcInstant, boolean blankPadded) {

    static TargetType of(String sql, Classification classification, String reason, ValueKind kind) {
        return new TargetType(sql, classification, reason, kind, null, null, false, false);
    }

    TargetType precision(Integer p) {
        return new TargetType(sql, classification, reason, kind, p, scale, utcInstant, blankPadded);
    }

    TargetType scale(Integer s) {
        return new TargetType(sql, classification, reason, kind, precision, s, utcInstant, blankPadded);
    }

    TargetType utc() {
        return new TargetType(sql, classification, reason, kind, precision, scale, true, blankPadded);
    }

    TargetType padded() {
        return new TargetType(sql, classification, reason, kind, precision, scale, utcInstant, true);
    }

    /** The same value traits under another SQL type, classification and reason. */
    public TargetType as(String newSql, Classification newClassification, String newReason) {
        return new TargetType(newSql, newClassification, newReason, kind, precision, scale, utcInstant, blankPadded);
    }
}
