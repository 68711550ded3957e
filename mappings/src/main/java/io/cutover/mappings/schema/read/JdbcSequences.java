package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.Sequence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sequences from the catalogs that have them: PostgreSQL {@code pg_sequences} (without those
 * owned by serial or identity columns, which are the columns' identity), MariaDB sequence tables
 * (10.3+), and Oracle {@code ALL_SEQUENCES}, which has no start value: its next number
 * ({@code LAST_NUMBER}) is read as the start. A maximum equal to the database's default is read as
 * null (no limit).
 */
final class JdbcSequences {
    private static final String POSTGRES = """
            SELECT s.sequencename, s.start_value, s.increment_by, s.max_value, s.cycle
              FROM pg_sequences s
              JOIN pg_namespace n ON n.nspname = s.schemaname
              JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
             WHERE s.schemaname = ?
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
             ORDER BY s.sequencename""";
    private static final String MARIADB_NAMES = """
            SELECT table_name FROM information_schema.tables
             WHERE table_schema = ? AND table_type = 'SEQUENCE' ORDER BY table_name""";
    private static final String ORACLE = """
            SELECT sequence_name, last_number, increment_by, max_value, cycle_flag
              FROM all_sequences WHERE sequence_owner = ? ORDER BY sequence_name""";

    private JdbcSequences() {
    }

    static List<Sequence> read(Connection connection, String product, String schema, Location location)
            throws SQLException {
        return switch (product) {
            case "PostgreSQL" -> query(connection, POSTGRES, schema, location);
            case "MariaDB" -> mariaDb(connection, schema, location);
            case "Oracle" -> query(connection, ORACLE, schema, location);
            default -> List.of();
        };
    }

    private static List<Sequence> query(Connection connection, String sql, String schema, Location location)
            throws SQLException {
        List<Sequence> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(sequence(rs.getString(1), rs, location));
                }
            }
        }
        return out;
    }

    private static List<Sequence> mariaDb(Connection connection, String schema, Location location)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(MARIADB_NAMES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<Sequence> out = new ArrayList<>();
        for (String name : names) {
            String sql = "SELECT start_value, increment, maximum_value, cycle_option FROM `"
                    + schema.replace("`", "``") + "`.`" + name.replace("`", "``") + "`";
            try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.add(new Sequence(name, rs.getLong(1), rs.getLong(2), max(rs.getBigDecimal(3)),
                        rs.getBoolean(4), location));
            }
        }
        return out;
    }

    /** Columns 2..5: start, increment, max, cycle (boolean or Oracle's 'Y'). */
    private static Sequence sequence(String name, ResultSet rs, Location location) throws SQLException {
        String cycle = rs.getString(5);
        return new Sequence(name, rs.getLong(2), rs.getLong(3), max(rs.getBigDecimal(4)),
                cycle.equals("t") || cycle.equals("Y") || cycle.equalsIgnoreCase("true"), location);
    }

    /** Null for the databases' default maxima (PostgreSQL and MariaDB: 2^63-1 and 2^63-2; Oracle: 10^28-1). */
    private static Long max(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE - 1)) >= 0 ? null : value.longValue();
    }
}
