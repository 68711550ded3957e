package io.cutover.verify.internal.canonical;

import io.cutover.mappings.value.CanonicalValues;
import io.cutover.mappings.value.IntervalValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PGInterval;

/**
 * The canonical texts of {@link ColumnKind} computed from fetched values, equal to what
 * {@link CanonicalSql} computes in the database, and the row hash of the checksum. Used where a row is
 * compared in Java: the row diff, and tables with a column that has no SQL form ({@link ColumnKind#JAVA}).
 * One instance per thread (it keeps an MD5 digest).
 */
public final class JavaCanonical {
    // Oracle's text of INTERVAL YEAR TO MONTH (+01-02) and DAY TO SECOND (+03 04:05:06.780000)
    private static final Pattern ORACLE_YM = Pattern.compile("([-+])?(\\d+)-(\\d+)");
    private static final Pattern ORACLE_DS = Pattern.compile("([-+])?(\\d+) (\\d+):(\\d+):(\\d+(?:\\.\\d+)?)");
    private final MessageDigest md5;

    public JavaCanonical() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }

    /** The canonical text of column {@code i} of the current row, or null. */
    public String text(ResultSet rs, int i, ColumnKind kind, SqlType type) throws SQLException {
        return switch (kind) {
            case DECIMAL -> {
                if (type.flag()) {
                    Object v = rs.getObject(i);
                    yield v == null ? null : v instanceof Boolean b ? (b ? "1" : "0") : CanonicalValues.text(number(v));
                }
                BigDecimal d = rs.getBigDecimal(i);
                yield d == null ? null : CanonicalValues.text(d);
            }
            case TIMESTAMP -> timestamp(rs, i, type);
            case STRING -> {
                String s = emptyIsNull(rs.getString(i), type.padded());
                yield s == null ? null : s.codePointCount(0, s.length()) + ":" + s;
            }
            case CLOB -> {
                String s = emptyIsNull(rs.getString(i), false);
                yield s == null ? null : md5Hex(s.getBytes(StandardCharsets.UTF_8));
            }
            case BINARY, BLOB -> {
                byte[] b = rs.getBytes(i);
                yield b == null || b.length == 0 ? null : kind == ColumnKind.BLOB ? md5Hex(b) : HexFormat.of().formatHex(b);
            }
            case INTERVAL -> interval(rs, i, type);
            case JAVA -> {
                Object v = rs.getObject(i);
                yield v == null ? null : v instanceof String s ? emptyIsNull(s, false) : CanonicalValues.text(v);
            }
        };
    }

    /** A row's text: column texts joined by {@code |}, NULL as {@code -}. */
    public static String row(String[] texts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            sb.append(i == 0 ? "" : "|").append(texts[i] == null ? "-" : texts[i]);
        }
        return sb.toString();
    }

    /** The row's contribution to the checksum: the first 8 bytes of MD5(UTF-8 text), big-endian. */
    public long hash(String rowText) {
        byte[] digest = md5.digest(rowText.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | digest[i] & 0xFF;
        }
        return h;
    }

    /** A canonical text for people: strings without their length prefix. */
    public static String display(ColumnKind kind, String text) {
        return kind == ColumnKind.STRING && text != null ? text.substring(text.indexOf(':') + 1) : text;
    }

    private String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(md5.digest(bytes));
    }

    private static String timestamp(ResultSet rs, int i, SqlType type) throws SQLException {
        if (type.date()) {
            LocalDate d = rs.getObject(i, LocalDate.class);
            return d == null ? null : CanonicalValues.text(d.atStartOfDay());
        }
        if (type.zoned() && !type.mysql()) {
            OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
            return t == null ? null : CanonicalValues.text(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        LocalDateTime t = rs.getObject(i, LocalDateTime.class); // MySQL TIMESTAMP: the session is in UTC
        return t == null ? null : CanonicalValues.text(t);
    }

    /** An interval, or an integer holding total months or microseconds, as total microseconds. */
    private static String interval(ResultSet rs, int i, SqlType type) throws SQLException {
        if (!type.interval()) {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : (type.months() ? IntervalValue.ofMonths(v) : IntervalValue.ofMicros(v)).canonical();
        }
        Object v = rs.getObject(i);
        if (v == null) {
            return null;
        }
        if (v instanceof PGInterval p) {
            long micros = p.getHours() * 3_600_000_000L + p.getMinutes() * 60_000_000L + p.getWholeSeconds() * 1_000_000L
                    + p.getMicroSeconds();
            return new IntervalValue(p.getYears() * 12L + p.getMonths(), p.getDays(), micros).canonical();
        }
        return oracleInterval(rs.getString(i)).canonical();
    }

    static IntervalValue oracleInterval(String text) {
        Matcher ym = ORACLE_YM.matcher(text.trim());
        if (ym.matches()) {
            long sign = "-".equals(ym.group(1)) ? -1 : 1;
            return IntervalValue.ofMonths(sign * (Long.parseLong(ym.group(2)) * 12 + Long.parseLong(ym.group(3))));
        }
        Matcher ds = ORACLE_DS.matcher(text.trim());
        if (ds.matches()) {
            long sign = "-".equals(ds.group(1)) ? -1 : 1;
            long micros = Long.parseLong(ds.group(2)) * IntervalValue.MICROS_PER_DAY + Long.parseLong(ds.group(3))
                    * 3_600_000_000L + Long.parseLong(ds.group(4)) * 60_000_000L + new BigDecimal(ds.group(5))
                    .movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            return IntervalValue.ofMicros(sign * micros);
        }
        throw new IllegalArgumentException("unknown interval text " + text);
    }

    private static Object number(Object v) {
        return v instanceof byte[] b ? (long) (b.length == 0 ? 0 : b[b.length - 1] & 1) : v;
    }

    private static String emptyIsNull(String s, boolean padded) {
        if (s == null) {
            return null;
        }
        int end = s.length();
        while (padded && end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == 0 ? null : s.substring(0, end);
    }
}
