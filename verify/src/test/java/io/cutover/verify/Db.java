package io.cutover.verify;

import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a fresh sandbox database, for test setup. */
public final class Db {
    public final DatabaseServer server;
    public final String database;

    private Db(DatabaseServer server, String database) {
        this.server = server;
        this.database = database;
    }

    public static Db create(DatabaseServer server, String prefix) {
        String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
        server.createDatabase(name);
        return new Db(server, name);
    }

    public boolean mysql() {
        return server.engine() == Engine.MARIADB;
    }

    public String url() {
        return server.jdbcUrl(database);
    }

    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url(), server.username(), server.password());
        if (mysql()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET time_zone = '+00:00'");
            }
        }
        return c;
    }

    public void exec(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + String.join("; ", statements), e);
        }
    }

    /** The first column of every row of a query, as strings. */
    public List<String> strings(String query) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + query, e);
        }
    }

    /** A mapping-file endpoint entry (flow style) for this database. */
    public String endpointYaml() {
        return "jdbc-url: \"" + url() + "\", username: " + server.username() + ", password: " + server.password();
    }
}
