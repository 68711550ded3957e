package io.cutover.bench;

import io.cutover.sandbox.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Target databases of the benchmark and plain JDBC on them. */
final class Targets {
    static final String ORDERS = "(id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note VARCHAR(100),"
            + " amount DECIMAL(12,2))";

    private Targets() {
    }

    static void create(DatabaseServer server, String database, String... statements) throws SQLException {
        server.createDatabase(database);
        exec(server, database, statements);
    }

    static void exec(DatabaseServer server, String database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static long count(DatabaseServer server, String database, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
