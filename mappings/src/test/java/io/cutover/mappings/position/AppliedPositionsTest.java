package io.cutover.mappings.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the table the stream writes. Its DDL and rows are written here as cdc's {@code StateSql} writes them
 * (same columns, shard row {@code '*'}, positions in {@link Position}'s text form): mappings cannot see cdc.
 */
@Servers(postgres = 1, mariadb = 1)
class AppliedPositionsTest {
    private static final String DDL = "CREATE TABLE IF NOT EXISTS cutover_position (job VARCHAR(128) NOT NULL,"
            + " table_name VARCHAR(256) NOT NULL, position VARCHAR(512) NOT NULL, source_ms BIGINT NOT NULL,"
            + " applied_ms BIGINT NOT NULL, rows_applied BIGINT NOT NULL, PRIMARY KEY (job, table_name))";

    @Test
    void postgresql(SandboxCluster servers) throws SQLException {
        readsShardRowsPerJob(servers.postgres(0), "ap_pg");
    }

    @Test
    void mariadb(SandboxCluster servers) throws SQLException {
        readsShardRowsPerJob(servers.mariadb(0), "ap_maria");
    }

    private static void readsShardRowsPerJob(DatabaseServer server, String database) throws SQLException {
        server.createDatabase(database);
        try (HikariDataSource shard = new HikariDataSource()) {
            shard.setJdbcUrl(server.jdbcUrl(database));
            shard.setUsername(server.username());
            shard.setPassword(server.password());
            assertEquals(Map.of(), AppliedPositions.read(shard), "no table yet: the stream never ran");
            try (Connection c = shard.getConnection(); Statement s = c.createStatement()) {
                s.execute(DDL);
                s.execute("INSERT INTO cutover_position VALUES ('shop', '*', 'lsn:16/B374D848:16/B374D900:3', 1, 2, 10),"
                        + " ('shop', 'orders_1', 'lsn:16/B374D848:16/B374D900:3', 1, 2, 4),"
                        + " ('other', '*', 'binlog:mysql-bin.000042:1234:0', 1, 2, 1)");
            }
            assertEquals(Map.of("shop", Position.lsn(Position.lsnValue("16/B374D848"), Position.lsnValue("16/B374D900"), 3),
                    "other", Position.binlog("mysql-bin.000042", 1234, 0, null)), AppliedPositions.read(shard));
        }
    }
}
