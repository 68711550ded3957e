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
 * MariaDB/MySQL: {@code FLUSH TABLES WITH READ LOCK} on one connection, every reader
 * {@code START TRANSACTION WITH CONSISTENT SNAPSHOT} while it is held, the binlog position read, then
 * {@code UNLOCK TABLES}. Writers wait only while the readers start (milliseconds).
 */
final class BinlogRead implements ConsistentRead {
    private final SourcePoint point;
    private final List<Connection> readers;

    private BinlogRead(SourcePoint point, List<Connection> readers) {
        this.point = point;
        this.readers = readers;
    }

    static BinlogRead open(Endpoint source, int n) throws SQLException {
        List<Connection> readers = new ArrayList<>(n);
        try (Connection lock = DriverManager.getConnection(source.jdbcUrl(), source.username(),
                source.password().reveal()); Statement s = lock.createStatement()) {
            s.execute("FLUSH TABLES WITH READ LOCK");
            try {
                for (int i = 0; i < n; i++) {
                    Connection c = DriverManager.getConnection(source.jdbcUrl(), source.username(),
                            source.password().reveal());
                    readers.add(c);
                    try (Statement r = c.createStatement()) {
                        r.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                        r.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
                    }
                }
                String file;
                long pos;
                try (ResultSet rs = s.executeQuery("SHOW MASTER STATUS")) {
                    if (!rs.next()) {
                        throw new SQLException("the source has no binary log (SHOW MASTER STATUS is empty); start it"
                                + " with log_bin and binlog_format=ROW", "55000");
                    }
                    file = rs.getString(1);
                    pos = rs.getLong(2);
                }
                String gtids = gtids(s);
                return new BinlogRead(new SourcePoint(SnapshotMethod.BINLOG_CONSISTENT_SNAPSHOT,
                        "binlog " + file + ":" + pos + (gtids == null ? "" : " (GTID " + gtids + ")"),
                        offset(file, pos, gtids)), readers);
            } finally {
                s.execute("UNLOCK TABLES");
            }
        } catch (SQLException | RuntimeException e) {
            Readers.closeAll(readers);
            throw e;
        }
    }

    /** True when the source still has the binlog file a stored point names; streaming from it needs it. */
    static boolean hasBinlog(Endpoint source, String file) throws SQLException {
        try (Connection c = DriverManager.getConnection(source.jdbcUrl(), source.username(), source.password().reveal());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW BINARY LOGS")) {
            while (rs.next()) {
                if (rs.getString(1).equals(file)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The GTID position under the lock: MariaDB's {@code gtid_binlog_pos}, else MySQL's {@code gtid_executed}. */
    private static String gtids(Statement s) throws SQLException {
        String sql = s.getConnection().getMetaData().getDatabaseProductVersion().toLowerCase().contains("mariadb")
                ? "SELECT @@gtid_binlog_pos" : "SELECT @@global.gtid_executed";
        try (ResultSet rs = s.executeQuery(sql)) {
            String gtids = rs.next() ? rs.getString(1) : null;
            return gtids == null || gtids.isBlank() ? null : gtids.replace("\n", "");
        }
    }

    /**
     * Debezium's MySQL/MariaDB source offset for streaming from a binlog file and position; the MariaDB
     * connector also needs the GTID position there ({@code gtids}), null when the source has none.
     */
    static Map<String, Object> offset(String file, long pos, String gtids) {
        Map<String, Object> offset = new LinkedHashMap<>();
        offset.put("file", file);
        offset.put("pos", pos);
        if (gtids != null) {
            offset.put("gtids", gtids);
        }
        offset.put("ts_sec", System.currentTimeMillis() / 1000);
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
    public void close() {
        Readers.closeAll(readers);
    }
}
