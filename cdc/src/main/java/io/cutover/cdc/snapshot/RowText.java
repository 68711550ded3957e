package io.cutover.cdc.snapshot;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.util.PGInterval;

/**
 * Rows as the text both bulk paths read: MariaDB/MySQL {@code LOAD DATA} with its default field and line
 * options, and PostgreSQL {@code COPY ... FROM STDIN} in text format. Tab between fields, newline after each
 * row, {@code \N} for NULL, and a backslash before tab, newline, carriage return and backslash ({@code \0} for
 * NUL in LOAD DATA), so '' stays '' and NULL stays NULL. Each value is written as the text the JDBC driver
 * would send for it in an INSERT, so both paths store the same: decimals as plain digits, timestamps to the
 * microsecond in the JVM's zone (COPY adds the instant's offset, as pgjdbc does), binary columns as hex
 * (LOAD DATA sets them with {@code UNHEX}; COPY reads {@code \\x} bytea hex).
 *
 * <p>A value with no exact text here (an unknown type, a timestamp with nanoseconds, a year outside
 * 1..9999, a NUL character for PostgreSQL, bytes for a text column) makes {@link #append} refuse the row;
 * the caller then writes the batch with INSERTs, which store such values as the driver does.
 */
final class RowText {
    enum Format { LOAD_DATA, COPY }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'\\', 'N'};

    private final Format format;
    /** Columns written as hex: LOAD DATA's binary columns, COPY's bytea columns. */
    private final boolean[] binary;
    private byte[] bytes = new byte[1 << 16];
    private int length;

    RowText(Format format, boolean[] binary) {
        this.format = format;
        this.binary = binary.clone();
    }

    /** Appends one row; false, with nothing appended, when a value has no exact text. */
    boolean append(Object[] row) {
        int start = length;
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                put((byte) '\t');
            }
            if (!value(row[c], binary[c])) {
                length = start;
                return false;
            }
        }
        put((byte) '\n');
        return true;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    private boolean value(Object v, boolean hex) {
        if (v == null) {
            put(NULL);
            return true;
        }
        if (hex) {
            return hex(v);
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof BigDecimal d) {
            decimal(d);
            return true;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            integer(((Number) v).longValue());
            return true;
        }
        if (v instanceof BigInteger) {
            return ascii(v.toString());
        }
        if (v instanceof Boolean b) {
            return ascii(format == Format.COPY ? (b ? "t" : "f") : (b ? "1" : "0"));
        }
        if (v instanceof Double d) {
            return floating(d);
        }
        if (v instanceof Float f) {
            // COPY: the float's exact double value, which is what pgjdbc's binary float4 becomes in either column type
            return format == Format.COPY ? floating(f.doubleValue()) : Float.isFinite(f) && ascii(f.toString());
        }
        if (v instanceof Timestamp t) {
            return t.getNanos() % 1000 == 0 && dateTime(t.toLocalDateTime(), t.toInstant().getEpochSecond());
        }
        if (v instanceof LocalDateTime t) {
            return t.getNano() % 1000 == 0 && dateTime(t, Long.MIN_VALUE);
        }
        if (v instanceof java.sql.Date d) {
            return date(d.toLocalDate());
        }
        if (v instanceof LocalDate d) {
            return date(d);
        }
        if (format == Format.COPY && v instanceof UUID u) {
            return ascii(u.toString());
        }
        if (format == Format.COPY && v instanceof PGInterval i) {
            return ascii(i.getValue());
        }
        return false;
    }

    private boolean floating(double d) {
        if (!Double.isFinite(d) && format == Format.LOAD_DATA) {
            return false;
        }
        return ascii(Double.toString(d)); // "NaN", "Infinity" and "-Infinity" are PostgreSQL's spellings too
    }

    private boolean hex(Object v) {
        byte[] b;
        if (v instanceof byte[] raw) {
            b = raw;
        } else if (v instanceof String s && format == Format.LOAD_DATA) {
            b = s.getBytes(StandardCharsets.UTF_8); // what the driver sends for a string into a binary column
        } else {
            return false;
        }
        if (format == Format.COPY) {
            put(new byte[] {'\\', '\\', 'x'});
        }
        ensure(b.length * 2);
        for (byte x : b) {
            bytes[length++] = HEX[(x >> 4) & 0xf];
            bytes[length++] = HEX[x & 0xf];
        }
        return true;
    }

    /** ASCII characters go straight in; from the first other one on, the rest is encoded as UTF-8 bytes. */
    private boolean text(String s) {
        int n = s.length();
        ensure(n * 2);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return text(s.substring(i).getBytes(StandardCharsets.UTF_8));
            }
            if (!escaped((byte) c)) {
                return false;
            }
        }
        return true;
    }

    private boolean text(byte[] utf8) {
        ensure(utf8.length * 2);
        for (byte b : utf8) {
            if (!escaped(b)) {
                return false;
            }
        }
        return true;
    }

    /** One byte of text, escaped; false for NUL into COPY (PostgreSQL text cannot hold it; INSERT reports it). */
    private boolean escaped(byte b) {
        byte escape = switch (b) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case 0 -> '0';
            default -> -1;
        };
        if (escape == -1) {
            bytes[length++] = b;
        } else if (b == 0 && format == Format.COPY) {
            return false;
        } else {
            bytes[length++] = '\\';
            bytes[length++] = escape;
        }
        return true;
    }

    /**
     * A decimal as {@link BigDecimal#toPlainString()} writes it. Up to 18 digits with a scale of 0 or more (every
     * NUMBER(p,s) with p <= 18) are written from the unscaled long, in place; others through toPlainString.
     */
    private void decimal(BigDecimal d) {
        int scale = d.scale();
        if (scale < 0 || d.precision() > 18) {
            ascii(d.toPlainString());
            return;
        }
        long unscaled = d.unscaledValue().longValue();
        if (scale == 0) {
            integer(unscaled);
            return;
        }
        ensure(40);
        if (unscaled < 0) {
            bytes[length++] = '-';
            unscaled = -unscaled;
        }
        int digits = 1;
        for (long rest = unscaled / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int width = Math.max(digits, scale + 1) + 1; // at least one digit before the point
        int point = length + width - scale - 1;
        for (int i = length + width - 1; i >= length; i--) {
            if (i == point) {
                bytes[i] = '.';
            } else {
                bytes[i] = (byte) ('0' + unscaled % 10);
                unscaled /= 10;
            }
        }
        length += width;
    }

    /** Microseconds; COPY adds the offset the JVM's zone has at the instant, as pgjdbc sends a Timestamp. */
    private boolean dateTime(LocalDateTime t, long epochSecond) {
        if (!date(t.toLocalDate())) {
            return false;
        }
        put((byte) ' ');
        digits(t.getHour(), 2);
        put((byte) ':');
        digits(t.getMinute(), 2);
        put((byte) ':');
        digits(t.getSecond(), 2);
        put((byte) '.');
        digits(t.getNano() / 1000, 6);
        if (format == Format.COPY && epochSecond != Long.MIN_VALUE) {
            ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(Instant.ofEpochSecond(epochSecond));
            return ascii(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
        }
        return true;
    }

    private boolean date(LocalDate d) {
        if (d.getYear() < 1 || d.getYear() > 9999) {
            return false;
        }
        digits(d.getYear(), 4);
        put((byte) '-');
        digits(d.getMonthValue(), 2);
        put((byte) '-');
        digits(d.getDayOfMonth(), 2);
        return true;
    }

    /** A whole number in decimal digits, written in place (no String per value: this runs for most values). */
    private void integer(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        ensure(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int width = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            width++;
        }
        for (int i = length + width - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    /** A non-negative number, zero padded to {@code width} digits. */
    private void digits(int value, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private boolean ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return true;
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
