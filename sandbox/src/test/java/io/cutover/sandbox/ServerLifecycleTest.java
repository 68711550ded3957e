package io.cutover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@Servers(postgres = 1, mariadb = 2)
class ServerLifecycleTest {

    @BeforeAll
    static void createTables(SandboxCluster servers) throws SQLException {
        for (DatabaseServer server : servers.all()) {
            sql(server, "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20))");
        }
    }

    @Test
    void postgresDecodesLogicallyAndAcceptsThePassword(SandboxCluster servers) throws SQLException {
        PostgresServer pg = servers.postgres(0);
        assertEquals("logical", query(pg, "SHOW wal_level"));
        assertEquals("on", query(pg, "SELECT CASE WHEN rolsuper AND rolreplication THEN 'on' END FROM pg_roles WHERE rolname = 'cutover'"));
        assertThrows(SQLException.class, () -> DriverManager.getConnection(pg.jdbcUrl(), "cutover", "wrong").close());
    }

    @Test
    void mariadbWritesAFullRowBinlog(SandboxCluster servers) throws SQLException {
        MariaDbServer maria = servers.mariadb(0);
        assertEquals("1", query(maria, "SELECT @@log_bin"));
        assertEquals("ROW", query(maria, "SELECT @@binlog_format"));
        assertEquals("FULL", query(maria, "SELECT @@binlog_row_image"));
        assertTrue(query(maria, "SHOW GRANTS FOR 'cutover'@'%'").startsWith("GRANT ALL PRIVILEGES ON *.*"));
    }

    @Test
    void twoMariaDbServersGetTheirOwnPortsAndServerIds(SandboxCluster servers) throws SQLException {
        MariaDbServer a = servers.mariadb(0);
        MariaDbServer b = servers.mariadb(1);
        assertNotEquals(a.port(), b.port());
        assertNotEquals(query(a, "SELECT @@server_id"), query(b, "SELECT @@server_id"));
    }

    @Test
    void killThenStartKeepsPortAndCommittedRows(SandboxCluster servers) throws SQLException {
        for (DatabaseServer server : servers.all()) {
            sql(server, "DELETE FROM t WHERE id = 1");
            sql(server, "INSERT INTO t VALUES (1, 'survives kill')");
            int port = server.port();
            long pid = server.pid();
            server.kill();
            assertFalse(server.isRunning());
            Processes.assertGone(pid);
            Processes.assertPortClosed(port);
            server.start();
            assertEquals(port, server.port());
            assertEquals("survives kill", query(server, "SELECT v FROM t WHERE id = 1"));
        }
    }

    @Test
    void stopThenStart(SandboxCluster servers) throws SQLException {
        for (DatabaseServer server : servers.all()) {
            server.stop();
            assertFalse(server.isRunning());
            server.stop();
            server.start();
            assertTrue(server.isRunning());
            assertEquals("1", query(server, "SELECT 1"));
        }
    }

    @Test
    void startingARunningServerFails(SandboxCluster servers) {
        SandboxException e = assertThrows(SandboxException.class, () -> servers.postgres(0).start());
        assertTrue(e.getMessage().contains("already running"), e.getMessage());
    }

    @Test
    void createDatabase(SandboxCluster servers) throws SQLException {
        for (DatabaseServer server : servers.all()) {
            server.createDatabase("shard_7");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("shard_7"), server.username(), server.password())) {
                assertTrue(c.isValid(5));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> servers.postgres(0).createDatabase("x; DROP"));
    }

    static void sql(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String query(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), "no row from " + sql);
            return rs.getString(1);
        }
    }
}
