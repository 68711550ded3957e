package io.cutover.cdc.snapshot;

import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.position.Position;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * PostgreSQL: the publication first (pgoutput looks it up as of each change, so it must exist before the
 * slot's point), then {@code CREATE_REPLICATION_SLOT ... LOGICAL pgoutput EXPORT_SNAPSHOT} on a replication
 * connection, then readers in {@code REPEATABLE READ} transactions that import the exported snapshot. The
 * replication connection stays open until every reader has imported it; after that the readers keep it alive.
 */
final class PostgresRead implements ConsistentRead {
    private final SourcePoint point;
    private final List<Connection> readers;

    private PostgresRead(SourcePoint point, List<Connection> readers) {
        this.point = point;
        this.readers = readers;
    }

    /** Creates the publication if missing and the slot, and opens {@code n} readers at the slot's point. */
    static PostgresRead create(Endpoint source, String slot, String publication, List<TableRef> tables, int n)
            throws SQLException {
        try (Connection c = connect(source, false); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_publication WHERE pubname = ?", publication)) {
                StringJoiner list = new StringJoiner(", ");
                tables.forEach(t -> list.add(t.sql(SqlFlavor.POSTGRESQL)));
                s.execute("CREATE PUBLICATION " + SqlFlavor.POSTGRESQL.quote(publication) + " FOR TABLE " + list);
            }
        }
        try (Connection replication = connect(source, true); Statement s = replication.createStatement();
             ResultSet rs = s.executeQuery("CREATE_REPLICATION_SLOT " + SqlFlavor.POSTGRESQL.quote(slot)
                     + " LOGICAL pgoutput EXPORT_SNAPSHOT")) {
            rs.next();
            long lsn = Position.lsnValue(rs.getString("consistent_point"));
            List<Connection> readers = readers(source, rs.getString("snapshot_name"), n);
            return new PostgresRead(new SourcePoint(SnapshotMethod.POSTGRES_EXPORTED_SNAPSHOT,
                    "lsn " + Position.lsnText(lsn) + " (slot " + slot + ")", offset(lsn)), readers);
        }
    }

    /** Readers at a new point (the slot's exported snapshot died with the run that created it). */
    static PostgresRead now(Endpoint source, int n) throws SQLException {
        Connection first = reader(source);
        try (Statement s = first.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pg_export_snapshot(), pg_current_wal_lsn()::text")) {
            rs.next();
            List<Connection> readers = new ArrayList<>(List.of(first));
            readers.addAll(readers(source, rs.getString(1), n - 1));
            long lsn = Position.lsnValue(rs.getString(2));
            return new PostgresRead(new SourcePoint(SnapshotMethod.POSTGRES_EXPORTED_SNAPSHOT,
                    "lsn " + Position.lsnText(lsn), offset(lsn)), readers);
        } catch (SQLException | RuntimeException e) {
            first.close();
            throw e;
        }
    }

    /** True when the slot still exists; streaming from a resumed snapshot needs it. */
    static boolean slotExists(Endpoint source, String slot) throws SQLException {
        try (Connection c = connect(source, false)) {
            return exists(c, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?", slot);
        }
    }

    /** Drops the slot if it exists and no one streams from it. */
    static void dropSlot(Endpoint source, String slot) throws SQLException {
        try (Connection c = connect(source, false); PreparedStatement p = c.prepareStatement(
                "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = ?")) {
            p.setString(1, slot);
            p.executeQuery().close();
        }
    }

    /** Debezium's PostgreSQL source offset for streaming from {@code lsn}. */
    static Map<String, Object> offset(long lsn) {
        Map<String, Object> offset = new LinkedHashMap<>();
        offset.put("lsn", lsn);
        offset.put("ts_usec", System.currentTimeMillis() * 1000);
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

    private static List<Connection> readers(Endpoint source, String snapshot, int n) throws SQLException {
        List<Connection> readers = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                Connection c = reader(source);
                readers.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
                }
            }
            return readers;
        } catch (SQLException | RuntimeException e) {
            Readers.closeAll(readers);
            throw e;
        }
    }

    private static Connection reader(Endpoint source) throws SQLException {
        Connection c = connect(source, false);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        return c;
    }

    private static Connection connect(Endpoint source, boolean replication) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", source.username());
        p.setProperty("password", source.password().reveal());
        if (replication) {
            p.setProperty("replication", "database");
            p.setProperty("preferQueryMode", "simple");
            p.setProperty("assumeMinServerVersion", "10");
        }
        return DriverManager.getConnection(source.jdbcUrl(), p);
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }
}
