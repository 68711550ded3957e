package io.cutover.mappings.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interval as the sources hold it: months, days and microseconds, each signed (PostgreSQL's three fields;
 * an Oracle {@code INTERVAL YEAR TO MONTH} has only months, an {@code INTERVAL DAY TO SECOND} only days and
 * microseconds).
 *
 * <p>Where an interval is stored as a number (MySQL-family targets: {@code INT} total months for
 * YEAR TO MONTH, {@code BIGINT} total microseconds for DAY TO SECOND) and where verify compares an interval
 * with such a number, one rule holds: a month is 30 days and a day 24 hours, as PostgreSQL compares
 * intervals ({@code interval '1 mon' = interval '30 days'}). {@link #totalMicros()} is the canonical
 * value of every interval column, whatever type holds it.
 */
public record IntervalValue(long months, long days, long micros) {
    public static final long MICROS_PER_DAY = 86_400_000_000L;
    public static final long MICROS_PER_MONTH = 30 * MICROS_PER_DAY;

    // Debezium's io.debezium.time.Interval: P<y>Y<m>M<d>DT<h>H<m>M<s>S, every part signed, seconds with a fraction
    private static final Pattern ISO = Pattern.compile("(-)?P(?:([-+]?\\d+)Y)?(?:([-+]?\\d+)M)?(?:([-+]?\\d+)W)?"
            + "(?:([-+]?\\d+)D)?(?:T(?:([-+]?\\d+)H)?(?:([-+]?\\d+)M)?(?:([-+]?\\d+(?:[.,]\\d+)?)S)?)?");

    /** Total months of a YEAR TO MONTH interval. */
    public static IntervalValue ofMonths(long months) {
        return new IntervalValue(months, 0, 0);
    }

    /** Total microseconds of a DAY TO SECOND interval. */
    public static IntervalValue ofMicros(long micros) {
        return new IntervalValue(0, 0, micros);
    }

    /** Parses ISO-8601 {@code P1Y2M3DT4H5M6.78S} (Debezium's {@code interval.handling.mode=string}). */
    public static IntervalValue parseIso(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches() || text.trim().equals("P") || text.trim().endsWith("T")) {
            throw new IllegalArgumentException("not an ISO-8601 interval: " + text);
        }
        long sign = m.group(1) == null ? 1 : -1;
        long months = part(m, 2) * 12 + part(m, 3);
        long days = part(m, 4) * 7 + part(m, 5);
        long micros = part(m, 6) * 3_600_000_000L + part(m, 7) * 60_000_000L;
        if (m.group(8) != null) {
            micros += new BigDecimal(m.group(8).replace(',', '.')).movePointRight(6)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return new IntervalValue(sign * months, sign * days, sign * micros);
    }

    /** Whole months, with days and time counted at 30 days a month (rounded towards zero). */
    public long totalMonths() {
        return months + (days * MICROS_PER_DAY + micros) / MICROS_PER_MONTH;
    }

    /** Microseconds, with a month counted as 30 days: the canonical value. */
    public long totalMicros() {
        return Math.addExact(Math.multiplyExact(Math.addExact(Math.multiplyExact(months, 30L), days), MICROS_PER_DAY),
                micros);
    }

    /** ISO-8601 text PostgreSQL reads as this interval exactly: {@code P14M3DT4.5S}. */
    public String toIso() {
        StringBuilder sb = new StringBuilder("P").append(months).append('M').append(days).append("DT");
        return sb.append(BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString()).append('S').toString();
    }

    /** The canonical text: {@link #totalMicros()} as a plain decimal. */
    public String canonical() {
        return Long.toString(totalMicros());
    }

    private static long part(Matcher m, int group) {
        String g = m.group(group);
        return g == null ? 0 : Long.parseLong(g.startsWith("+") ? g.substring(1) : g);
    }
}
