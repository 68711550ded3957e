package io.cutover.mappings.ddl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The machine's own PostgreSQL and MariaDB, each test working in a database (MariaDB) or schema
 * (PostgreSQL) of its own that it drops afterwards. Temporary: these tests move to the sandbox module's
 * JUnit extension (private servers) once it is merged.
 */
final class SystemServers {
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";

    private SystemServers() {
    }

    /** A fresh, uniquely named database or schema; dropped again on close. */
    static Scratch scratch(boolean postgres) throws SQLException {
        String name = "cutover_ddl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Connection c = postgres
                ? DriverManager.getConnection(POSTGRES_URL, "postgres", "")
                : DriverManager.getConnection(MARIADB_URL, "root", "");
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("CREATE SCHEMA " + name);
                s.execute("SET search_path TO " + name);
            } else {
                s.execute("CREATE DATABASE " + name);
                s.execute("USE " + name);
            }
        }
        return new Scratch(c, name, postgres);
    }

    record Scratch(Connection connection, String name, boolean postgres) implements AutoCloseable {
        void execute(String sql) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            try (connection; Statement s = connection.createStatement()) {
                s.execute(postgres ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
            }
        }
    }
}
