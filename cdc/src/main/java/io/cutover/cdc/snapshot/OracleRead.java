package io.cutover.cdc.snapshot;

import io.cutover.mappings.plan.Endpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Oracle: every chunk is read {@code AS OF SCN s} (a flashback query), so any reader, and a resumed run,
 * reads the same point for as long as the undo data lasts; {@link #undoWarning} says when it may not.
 */
final class OracleRead implements ConsistentRead {
    private final SourcePoint point;
    private final List<Connection> readers;

    private OracleRead(SourcePoint point, List<Connection> readers) {
        this.point = point;
        this.readers = readers;
    }

    /** Readers at the current SCN. */
    static OracleRead now(Endpoint source, int n) throws SQLException {
        List<Connection> readers = connect(source, n);
        try (Statement s = readers.get(0).createStatement(); ResultSet rs = s.executeQuery(currentScnSql())) {
            rs.next();
            return new OracleRead(point(rs.getString(1)), readers);
        } catch (SQLException | RuntimeException e) {
            Readers.closeAll(readers);
            throw e;
        }
    }

    /** Readers at a stored SCN, for a resumed run. */
    static OracleRead at(Endpoint source, SourcePoint stored, int n) throws SQLException {
        return new OracleRead(stored, connect(source, n));
    }

    static SourcePoint point(String scn) {
        return new SourcePoint(SnapshotMethod.ORACLE_FLASHBACK_SCN, "scn " + scn, offset(scn));
    }

    static String currentScnSql() {
        return "SELECT TO_CHAR(CURRENT_SCN) FROM V$DATABASE";
    }

    static String undoRetentionSql() {
        return "SELECT value FROM v$parameter WHERE name = 'undo_retention'";
    }

    /**
     * A warning when the undo retention (seconds) is shorter than the copy is expected to take; null when it
     * is long enough. Past the retention, flashback queries fail with ORA-01555.
     */
    static String undoWarning(long retentionSeconds, long estimatedSeconds) {
        if (retentionSeconds >= estimatedSeconds) {
            return null;
        }
        return "undo_retention is " + retentionSeconds + " s but the copy is estimated at " + estimatedSeconds
                + " s; reads AS OF SCN may fail with ORA-01555 (snapshot too old). Raise it first, e.g. ALTER SYSTEM"
                + " SET undo_retention = " + Math.max(estimatedSeconds * 2, 3600) + ", or copy faster (more --parallel,"
                + " no --max-rows-per-second)";
    }

    /** Debezium's Oracle source offset: LogMiner starts mining at the SCN the chunks were read at. */
    static Map<String, Object> offset(String scn) {
        Map<String, Object> offset = new LinkedHashMap<>();
        offset.put("scn", scn);
        offset.put("snapshot_scn", scn);
        return offset;
    }

    @Override
    public SourcePoint point() {
        return point;
    }

    @Override
    public List<Connection> readers() {
        return readers;
    }

    @Override
    public String asOf() {
        return " AS OF SCN " + point.offset().get("scn");
    }

    @Override
    public void close() {
        Readers.closeAll(readers);
    }

    private static List<Connection> connect(Endpoint source, int n) throws SQLException {
        List<Connection> readers = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                Connection c = DriverManager.getConnection(source.jdbcUrl(), source.username(), source.password().reveal());
                c.setReadOnly(true);
                readers.add(c);
            }
            return readers;
        } catch (SQLException | RuntimeException e) {
            Readers.closeAll(readers);
            throw e;
        }
    }
}
