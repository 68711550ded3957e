package io.cutover.verify.internal.live;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.position.Position;
import io.cutover.verify.internal.compare.Side;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The source's current position, as the lowest {@link Position} a target must have applied to hold every
 * change committed before it was read. Each form compares with what the stream stores:
 * <ul>
 *   <li>PostgreSQL {@code pg_current_wal_lsn()} = W gives {@code lsn:W:0/0:0}. A stored LSN position's first
 *       number is the commit LSN of the transaction before the applied one, so reaching W means every
 *       transaction that committed before W was applied.</li>
 *   <li>MySQL/MariaDB {@code SHOW MASTER STATUS} (file, end position) gives {@code binlog:file:pos:0}: every
 *       event written before was at a lower position.</li>
 *   <li>Oracle {@code CURRENT_SCN} of {@code V$DATABASE} gives {@code scn:S:0:0} (commit SCN first). Written, not
 *       run here: Oracle cannot run on these machines.</li>
 * </ul>
 */
public final class SourcePosition {
    private SourcePosition() {
    }

    public static Position current(Side source) {
        try (Connection c = source.connect(); Statement s = c.createStatement()) {
            return switch (source.flavor()) {
                case POSTGRESQL -> Position.lsn(Position.lsnValue(one(s, "SELECT pg_current_wal_lsn()::text")), 0, 0);
                case MYSQL -> binlog(s, source.name());
                case ORACLE -> Position.scn(Long.parseLong(one(s, "SELECT CURRENT_SCN FROM V$DATABASE")), 0, 0);
            };
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the current position of the source "
                    + source.name() + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static String one(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Position binlog(Statement s, String source) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW MASTER STATUS")) {
            if (!rs.next()) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "the source " + source + " writes no binary log,"
                        + " so no stream can run from it; turn on log_bin (binlog_format=ROW) or verify without"
                        + " --max-lag");
            }
            return Position.binlog(rs.getString("File"), rs.getLong("Position"), 0, null);
        }
    }
}
