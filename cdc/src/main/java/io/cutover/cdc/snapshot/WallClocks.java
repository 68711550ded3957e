package io.cutover.cdc.snapshot;

import io.cutover.mappings.chunk.SqlFlavor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Zone-less timestamp columns read as {@link LocalDateTime} wall clocks: MariaDB/MySQL {@code DATETIME} and
 * {@code TIMESTAMP} (which the session shows as a wall clock) selected as their text and parsed here,
 * PostgreSQL {@code timestamp} through pgjdbc's own {@code LocalDateTime} decoding. Connector/J turns every
 * such value (also for {@code getString} and {@code LocalDateTime}) into an instant of the JVM's zone, and a
 * {@code java.sql.Timestamp} does too: a wall-clock time in a daylight-saving gap there moves by an hour, and
 * each value costs a calendar.
 */
final class WallClocks {
    private WallClocks() {
    }

    /** True for a zone-less timestamp column as the source's driver reports it. */
    static boolean is(SqlFlavor source, int jdbcType, String typeName) {
        if (jdbcType != Types.TIMESTAMP) {
            return false;
        }
        String type = typeName.toUpperCase(Locale.ROOT);
        return source == SqlFlavor.MYSQL && (type.equals("DATETIME") || type.equals("TIMESTAMP"))
                || source == SqlFlavor.POSTGRESQL && type.equals("TIMESTAMP");
    }

    /** The select-list item for a quoted source column: its text on MariaDB/MySQL when it is a wall clock. */
    static String select(SqlFlavor source, String column, boolean wallClock) {
        return wallClock && source == SqlFlavor.MYSQL ? "CAST(" + column + " AS CHAR)" : column;
    }

    /** The wall clock in the 0-based column; null for NULL and for MariaDB/MySQL's zero date. */
    static LocalDateTime read(SqlFlavor source, ResultSet rs, int column) throws SQLException {
        if (source != SqlFlavor.MYSQL) {
            return rs.getObject(column + 1, LocalDateTime.class);
        }
        String text = rs.getString(column + 1);
        return text == null || text.startsWith("0000-00-00") ? null : parse(text);
    }

    /** {@code yyyy-MM-dd HH:mm:ss[.f...]}, as MariaDB/MySQL write a DATETIME or TIMESTAMP. */
    static LocalDateTime parse(String text) {
        if (text.length() < 19 || text.charAt(4) != '-' || text.charAt(10) != ' ') {
            throw new IllegalArgumentException("not a MariaDB/MySQL date-time text: " + text);
        }
        int nanos = 0;
        for (int i = 20; i < 29; i++) { // the fraction's digits, padded to nine
            nanos = nanos * 10 + (i < text.length() ? Character.digit(text.charAt(i), 10) : 0);
        }
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                number(text, 14, 16), number(text, 17, 19), nanos);
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
