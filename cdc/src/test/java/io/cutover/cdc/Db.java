package io.cutover.cdc;

import io.cutover.sandbox.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a sandbox database, for test setup and checks. */
public final class Db {
    public final DatabaseServer server;
    public final String database;
    public final String user;
    public final String password;

    public Db(DatabaseServer server, String database) {
        this(server, database, server.username(), server.password());
    }

    private Db(DatabaseServer server, String database, String user, String password) {
        this.server = server;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** The same database through a new login with all privileges, for tests that need distinct credentials. */
    public Db withNewLogin(String newUser, String newPassword) {
        if (server.engine() == io.cutover.sandbox.Engine.POSTGRESQL) {
            exec("CREATE ROLE " + newUser + " LOGIN SUPERUSER REPLICATION PASSWORD '" + newPassword + "'");
        } else {
            for (String host : new String[] {"%", "localhost", "127.0.0.1"}) {
                exec("CREATE USER IF NOT EXISTS '" + newUser + "'@'" + host + "' IDENTIFIED BY '" + newPassword + "'",
                        "GRANT ALL ON *.* TO '" + newUser + "'@'" + host + "' WITH GRANT OPTION");
            }
        }
        return new Db(server, database, newUser, newPassword);
    }

    /** Creates a fresh database with a unique name on the server. */
    public static Db create(DatabaseServer server, String prefix) {
        String name = prefix + "_" + Long.toString(System.nanoTime(), 36);
        server.createDatabase(name);
        return new Db(server, name);
    }

    public String url() {
        return server.jdbcUrl(database);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
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

    /** Every row of a query, each as an array of column values as the driver returns them. */
    public List<Object[]> rows(String query) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[md.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + query, e);
        }
    }

    public long count(String table) {
        return ((Number) rows("SELECT COUNT(*) FROM " + table).get(0)[0]).longValue();
    }

    /** A mapping-file shard entry for this database. */
    public String shardYaml(String name) {
        return "    - { name: " + name + ", jdbc-url: \"" + url() + "\", username: " + user + ", password: " + password
                + " }\n";
    }
}
