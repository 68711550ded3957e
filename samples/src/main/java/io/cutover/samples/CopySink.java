package io.cutover.samples;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** PostgreSQL {@code COPY ... FROM STDIN} in text format, sent in 256 KB pieces. */
final class CopySink implements TableSink {
    private static final int PIECE = 256 * 1024;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(PIECE + 1024);

    CopySink(Connection c, ShopTable table) throws SQLException {
        StringBuilder sql = new StringBuilder("COPY ").append(table.sqlName()).append(" (");
        for (int i = 0; i < table.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(Flavor.POSTGRESQL.quote(table.columns().get(i)));
        }
        copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.append(") FROM STDIN").toString());
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= PIECE) {
            send();
        }
    }

    @Override
    public long finish() throws SQLException {
        send();
        return copy.endCopy();
    }

    private void send() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else if (value instanceof java.math.BigDecimal d) {
            buffer.append(d.toPlainString());
        } else if (value instanceof byte[] b) {
            buffer.append("\\\\x").append(HexFormat.of().formatHex(b));
        } else if (value instanceof LocalDateTime t) {
            LOCAL.formatTo(t, buffer);
        } else if (value instanceof OffsetDateTime t) {
            ZONED.formatTo(t, buffer);
        } else if (value instanceof Duration d) {
            buffer.append(d.toDays()).append(" days ").append("%02d:%02d:%02d".formatted(d.toHoursPart(),
                    d.toMinutesPart(), d.toSecondsPart()));
        } else if (value instanceof Period p) {
            buffer.append(p.getYears()).append(" years ").append(p.getMonths()).append(" mons");
        } else {
            buffer.append(value);
        }
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
    }
}
