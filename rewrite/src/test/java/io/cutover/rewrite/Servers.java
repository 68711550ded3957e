package io.cutover.rewrite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A private schema (PostgreSQL) and database (MariaDB) on the machine's test servers, created for one
 * test class and dropped after it. To be replaced by the sandbox extension once it is on main.
 */
final class Servers implements AutoCloseable {
    final String name = "rw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final Connection postgres;
    final Connection mariadb;

    Servers() throws SQLException {
        Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        admin.close();
        postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name,
                "postgres", "");
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
             Statement s = root.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        mariadb = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + name, "root", "");
    }

    void both(String postgresSql, String mariadbSql) throws SQLException {
        try (Statement s = postgres.createStatement()) {
            s.execute(postgresSql);
        }
        try (Statement s = mariadb.createStatement()) {
            s.execute(mariadbSql);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = postgres.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
        }
        try (Statement s = mariadb.createStatement()) {
            s.execute("DROP DATABASE " + name);
        }
        postgres.close();
        mariadb.close();
    }
}
