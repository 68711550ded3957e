package io.cutover.samples;

import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Fresh databases on sandbox servers, and per-table checksums computed in the database. */
final class TestDatabases {
    private TestDatabases() {
    }

    static DataSource fresh(DatabaseServer server) throws SQLException {
        String name = "shop_" + Long.toString(System.nanoTime(), 36);
        server.createDatabase(name);
        if (server.engine() == Engine.POSTGRESQL) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(server.jdbcUrl(name));
            ds.setUser(server.username());
            ds.setPassword(server.password());
            return ds;
        }
        MariaDbDataSource ds = new MariaDbDataSource(server.jdbcUrl(name));
        ds.setUser(server.username());
        ds.setPassword(server.password());
        return ds;
    }

    /** PostgreSQL: row count and md5 of every row's text form in key order, per table. */
    static Map<ShopTable, String> checksums(DataSource pg) throws SQLException {
        Map<ShopTable, String> sums = new LinkedHashMap<>();
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            for (ShopTable t : ShopTable.values()) {
                String table = t.sqlName();
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' "
                        + "ORDER BY x::text)), '') FROM " + table + " x")) {
                    rs.next();
                    sums.put(t, rs.getString(1));
                }
            }
        }
        return sums;
    }

    static String scalar(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
