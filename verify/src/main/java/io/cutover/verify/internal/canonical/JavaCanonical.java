package io.cutover.verify.internal.canonical;

import io.cutover.mappings.value.CanonicalValues;
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

/**
 * The canonical texts of {@link ColumnKind} computed from fetched values, equal to what
 * {@link CanonicalSql} computes in the database, and the row hash of the checksum. Used where a row is
 * compared in Java: the row diff, and tables with a column that has no SQL form ({@link ColumnKind#JAVA}).
 * One instance per thread (it keeps an MD5 digest).
 */
public final class JavaCanonical {
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
