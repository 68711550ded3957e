package io.cutover.mappings.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The canonical form of a column value: one text for one logical value, whichever Java type a driver,
 * a change event or a SQL literal delivered it as. Long 42, Integer 42 and Oracle's NUMBER 42.000 are
 * all {@code "42"}. Shard hashing and range routing rely on it, so a change here moves rows between
 * shards: the rules are pinned by golden tests and documented in {@code docs/shard-routing.md}.
 *
 * <ul>
 *   <li>Byte, Short, Integer, Long, BigInteger: plain decimal, {@code -} for negatives.</li>
 *   <li>BigDecimal: trailing zeros stripped, never E-notation, zero is {@code "0"}
 *       (42.000 → {@code 42}, 1.50 → {@code 1.5}, 1E+3 → {@code 1000}).</li>
 *   <li>Double, Float: the shortest decimal that reads back as the same value ({@link Double#toString},
 *       {@link Float#toString}), then as BigDecimal; so 1.5d, 1.5f and 1.50 are all {@code 1.5}, and 0.1f
 *       is {@code 0.1}. NaN and infinities have no canonical form.</li>
 *   <li>String as is (no trimming, no case folding); Character as a one-character string.</li>
 *   <li>Boolean: {@code 1} or {@code 0}, as Oracle and MySQL store flags.</li>
 *   <li>byte[]: lowercase hex.</li>
 *   <li>LocalDate, java.sql.Date: {@code yyyy-MM-dd}.</li>
 *   <li>LocalDateTime, java.sql.Timestamp: {@code yyyy-MM-dd HH:mm:ss}, then {@code .} and the fraction of a
 *       second only when it is non-zero, trailing zeros removed (at most 9 digits).</li>
 *   <li>Instant, OffsetDateTime, ZonedDateTime: the same form after conversion to UTC.</li>
 * </ul>
 * Years are written with at least four digits, negative years with a leading {@code -}.
 * Any other type is rejected with an {@link IllegalArgumentException} naming the type; callers add
 * the table and column.
 */
public final class CanonicalValues {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalValues() {
    }

    /** The canonical text of a non-null value. */
    public static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Long.toString(((Number) value).longValue());
        }
        if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Double
                || value instanceof Float) {
            return decimalText(decimal(value));
        }
        if (value instanceof LocalDateTime t) {
            return dateTime(t);
        }
        if (value instanceof LocalDate d) {
            return date(new StringBuilder(10), d).toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return dateTime(t.toLocalDateTime());
        }
        if (value instanceof java.sql.Date d) {
            return date(new StringBuilder(10), d.toLocalDate()).toString();
        }
        if (value instanceof Instant i) {
            return dateTime(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime t) {
            return dateTime(LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC));
        }
        if (value instanceof ZonedDateTime t) {
            return dateTime(LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC));
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof byte[] bytes) {
            return hex(bytes);
        }
        throw new IllegalArgumentException("a value of type " + typeName(value) + " has no canonical form");
    }

    /** True for the numeric types {@link #decimal} accepts. */
    public static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigDecimal
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof Double || value instanceof Float;
    }

    /**
     * A numeric value as an exact BigDecimal (floating point via its shortest decimal form).
     * Rejects non-numbers, NaN and infinities with an {@link IllegalArgumentException}.
     */
    public static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            String shortest = value.toString();
            if (shortest.equals("NaN") || shortest.endsWith("Infinity")) {
                throw new IllegalArgumentException("the floating point value " + shortest + " has no canonical form");
            }
            return new BigDecimal(shortest);
        }
        throw new IllegalArgumentException("a value of type " + typeName(value) + " is not a number");
    }

    /** The simple Java type name used in error messages ({@code Long}, {@code byte[]}). */
    public static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    private static String decimalText(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static String dateTime(LocalDateTime t) {
        StringBuilder sb = date(new StringBuilder(29), t.toLocalDate()).append(' ');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        int nanos = t.getNano();
        if (nanos != 0) {
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            pad(sb.append('.'), nanos, digits);
        }
        return sb.toString();
    }

    private static StringBuilder date(StringBuilder sb, LocalDate d) {
        int year = d.getYear();
        if (year < 0) {
            sb.append('-');
        }
        pad(sb, Math.abs(year), 4).append('-');
        pad(sb, d.getMonthValue(), 2).append('-');
        return pad(sb, d.getDayOfMonth(), 2);
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
