package io.cutover.mappings.position;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads what the stream has applied on one shard: table {@code cutover_position}, which the stream's applier
 * writes in the same transaction as the rows it covers. Each job has one shard row ({@code table_name = '*'})
 * holding the highest source position applied on the shard, in {@link Position}'s text form, and one row per
 * physical table. The table and its columns are the stream's; this reader only needs
 * {@code job, table_name, position}.
 */
public final class AppliedPositions {
    /** The stream's state table on every shard. */
    public static final String TABLE = "cutover_position";
    /** The {@code table_name} of a job's shard row. */
    public static final String SHARD_ROW = "*";

    // undefined table: PostgreSQL, MySQL/MariaDB; Oracle reports ORA-00942 under 42000
    private static final Set<String> NO_TABLE = Set.of("42P01", "42S02");

    private AppliedPositions() {
    }

    /** The shard's applied position per job; empty when the stream never wrote to this shard. */
    public static Map<String, Position> read(DataSource shard) throws SQLException {
        Map<String, Position> jobs = new LinkedHashMap<>();
        try (Connection c = shard.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT job, position FROM " + TABLE + " WHERE table_name = ?")) {
            p.setString(1, SHARD_ROW);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    jobs.put(rs.getString(1), Position.parse(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            if (noTable(e)) {
                return jobs;
            }
            throw e;
        }
        return jobs;
    }

    /** True when the error says the queried table does not exist. */
    static boolean noTable(SQLException e) {
        return NO_TABLE.contains(e.getSQLState()) || e.getErrorCode() == 942;
    }
}
