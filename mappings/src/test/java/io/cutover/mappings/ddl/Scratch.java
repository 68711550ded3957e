package io.cutover.mappings.ddl;

import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh, uniquely named database (MariaDB) or schema (PostgreSQL) on a sandbox server; dropped on close. */
record Scratch(Connection connection, String name, boolean postgres) implements AutoCloseable {

    static Scratch on(DatabaseServer server) throws SQLException {
        String name = "cutover_ddl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean postgres = server.engine() == Engine.POSTGRESQL;
        Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
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
