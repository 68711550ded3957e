package io.cutover.mappings.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated DDL of every shard on a real MariaDB and PostgreSQL (sandbox servers),
 * then writes rows through the translated defaults and generated columns.
 */
@Servers(postgres = 1, mariadb = 1)
class LiveDdlTest {

    @Test
    void mariadbAcceptsEveryShard(SandboxCluster servers) throws SQLException {
        runAllShards(Dialect.MARIADB, servers.mariadb(0));
    }

    @Test
    void postgresqlAcceptsEveryShard(SandboxCluster servers) throws SQLException {
        runAllShards(Dialect.POSTGRESQL, servers.postgres(0));
    }

    /** MariaDB's DDL is not transactional: a migration that failed halfway must be able to run again. */
    @Test
    void mariadbShardDdlRunsAgainOverWhatExists(SandboxCluster servers) throws SQLException {
        ConversionResult.ShardDdl shard = GoldenDdlTest.convert(Dialect.MARIADB).shards().get(0);
        try (Scratch db = Scratch.on(servers.mariadb(0))) {
            for (String sql : shard.statements()) {
                execute(db, sql);
            }
            for (String sql : shard.statements()) {
                execute(db, sql);
            }
        }
    }

    @Test
    void unshardedTargetKeepsGeneratedIds(SandboxCluster servers) throws SQLException {
        for (Dialect d : new Dialect[] {Dialect.MARIADB, Dialect.POSTGRESQL}) {
            ConversionResult r = new SchemaConverter(ConversionOptions.DEFAULTS)
                    .convert(SampleSchema.schema(), null, d);
            try (Scratch db = Scratch.on(d == Dialect.POSTGRESQL ? servers.postgres(0) : servers.mariadb(0))) {
                for (String sql : r.shards().get(0).statements()) {
                    execute(db, sql);
                }
                execute(db, "INSERT INTO countries (code, name) VALUES ('NL', 'Netherlands')");
                execute(db, "INSERT INTO orders (order_no, customer_id, country_code) VALUES ('A-1', 7, 'NL')");
                execute(db, "INSERT INTO settings (" + (d == Dialect.POSTGRESQL ? "key, value" : "`key`, `value`")
                        + ") VALUES ('k', 'v')");
                execute(db, "INSERT INTO setting_history (" + (d == Dialect.POSTGRESQL ? "key" : "`key`")
                        + ") VALUES ('k')");
                try (Statement s = db.connection().createStatement();
                     ResultSet rs = s.executeQuery("SELECT order_id, status, created FROM orders")) {
                    assertTrue(rs.next());
                    assertEquals(d == Dialect.POSTGRESQL ? 1000 : 1, rs.getLong(1), d + ": generated order id");
                    assertEquals("NEW", rs.getString(2));
                    assertTrue(rs.getTimestamp(3) != null, d + ": SYSDATE default");
                }
            }
        }
    }

    private static void runAllShards(Dialect dialect, DatabaseServer server) throws SQLException {
        ConversionResult result = GoldenDdlTest.convert(dialect);
        for (ConversionResult.ShardDdl shard : result.shards()) {
            try (Scratch db = Scratch.on(server)) {
                for (String sql : shard.statements()) {
                    execute(db, sql);
                }
                if (shard.shard().equals("s0")) {
                    execute(db, "INSERT INTO countries (code, name) VALUES ('NL', 'Netherlands')");
                    execute(db, "INSERT INTO orders_00 (order_id, order_no, customer_id, country_code) "
                            + "VALUES (1000, 'a-1', 7, 'NL')");
                    execute(db, "INSERT INTO order_payments_00 (order_id, payment_no, amount, paid_at, method) "
                            + "VALUES (1000, 1, 12.5, CURRENT_TIMESTAMP, 'CARD')");
                    try (Statement s = db.connection().createStatement();
                         ResultSet rs = s.executeQuery("SELECT status FROM orders_00 WHERE upper(order_no) = 'A-1'")) {
                        assertTrue(rs.next(), "expression index query");
                        assertEquals("NEW", rs.getString(1));
                    }
                    execute(db, "INSERT INTO order_items_0 (item_id, order_id, product, qty, price) "
                            + "VALUES (1, 1000, 'pen', 3, 2.50)");
                    try (Statement s = db.connection().createStatement();
                         ResultSet rs = s.executeQuery("SELECT line_total FROM order_items_0 WHERE item_id = 1")) {
                        assertTrue(rs.next());
                        assertEquals(new BigDecimal("7.50"), rs.getBigDecimal(1), dialect + ": generated from a virtual column");
                    }
                }
            }
        }
    }

    private static void execute(Scratch db, String sql) throws SQLException {
        try {
            db.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in: " + sql, e.getSQLState(), e.getErrorCode(), e);
        }
    }
}
