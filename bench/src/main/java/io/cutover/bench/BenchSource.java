package io.cutover.bench;

import io.cutover.sandbox.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's source: PostgreSQL table {@code orders}, a publication, and one logical replication slot per
 * contender created before the workload, so every contender streams exactly the same changes. The workload is
 * 60% inserts, 30% updates and 10% deletes in transactions of 1,000 rows.
 */
final class BenchSource {
    static final int ROWS_PER_TRANSACTION = 1_000;

    final DatabaseServer server;
    final String database;

    private BenchSource(DatabaseServer server, String database) {
        this.server = server;
        this.database = database;
    }

    static BenchSource create(DatabaseServer server, String... slots) throws SQLException {
        BenchSource s = new BenchSource(server, "bench_src");
        server.createDatabase(s.database);
        s.exec("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note VARCHAR(100),"
                + " amount NUMERIC(12,2))", "CREATE PUBLICATION bench_pub FOR TABLE orders");
        for (String slot : slots) {
            s.exec("SELECT pg_create_logical_replication_slot('" + slot + "', 'pgoutput')");
        }
        return s;
    }

    /** Runs the workload; returns the number of row changes, rounded to whole transactions. */
    int generate(int changes) throws SQLException {
        int inserts = changes * 6 / 10 / ROWS_PER_TRANSACTION * ROWS_PER_TRANSACTION;
        int updates = changes * 3 / 10 / ROWS_PER_TRANSACTION * ROWS_PER_TRANSACTION;
        int deletes = changes / 10 / ROWS_PER_TRANSACTION * ROWS_PER_TRANSACTION;
        for (int from = 1; from <= inserts; from += ROWS_PER_TRANSACTION) {
            exec("INSERT INTO orders SELECT g, g % 9973, 'order ' || g, (g % 100000) / 100.0"
                    + " FROM generate_series(" + from + ", " + (from + ROWS_PER_TRANSACTION - 1) + ") g");
        }
        for (int from = 1; from <= updates; from += ROWS_PER_TRANSACTION) {
            exec("UPDATE orders SET note = 'updated ' || id, amount = amount + 1 WHERE id BETWEEN " + from + " AND "
                    + (from + ROWS_PER_TRANSACTION - 1));
        }
        for (int from = inserts - deletes + 1; from <= inserts; from += ROWS_PER_TRANSACTION) {
            exec("DELETE FROM orders WHERE id BETWEEN " + from + " AND " + (from + ROWS_PER_TRANSACTION - 1));
        }
        return inserts + updates + deletes;
    }

    long rows() throws SQLException {
        return Targets.count(server, database, "orders");
    }

    String url() {
        return server.jdbcUrl(database);
    }

    private void exec(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), server.username(), server.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
