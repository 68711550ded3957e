package io.cutover.samples;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Creates and drops the SHOP tables on a PostgreSQL or MariaDB source (postgres-schema.sql, mariadb-schema.sql). */
public final class ShopSchema {
    private static final List<String> SEQUENCES = List.of("customers_seq", "orders_seq", "shipments_seq");

    private ShopSchema() {
    }

    /** Runs the schema file of the database behind {@code dataSource} in its current schema (database on MariaDB). */
    public static void create(DataSource dataSource) {
        try (Connection c = Flavor.open(dataSource); Statement s = c.createStatement()) {
            for (String sql : SqlScript.statements(Flavor.of(c).schemaFile())) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new SampleException("creating the SHOP schema", e);
        }
    }

    /** Drops the SHOP tables and sequences that exist; other tables stay. */
    public static void drop(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        for (ShopTable t : ShopTable.values()) {
            tables.add(0, t.sqlName());
        }
        try (Connection c = Flavor.open(dataSource); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + String.join(", ", tables));
            for (String sequence : SEQUENCES) {
                s.execute("DROP SEQUENCE IF EXISTS " + sequence);
            }
        } catch (SQLException e) {
            throw new SampleException("dropping the SHOP schema", e);
        }
    }

    /** The tables (any, not only SHOP's) in the current schema, or database on MariaDB. */
    public static List<String> existingTables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            boolean postgres = Flavor.of(c) == Flavor.POSTGRESQL;
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(postgres ? null : c.getCatalog(), postgres ? c.getSchema() : null, "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new SampleException("listing the tables of the source", e);
        }
    }

    /**
     * Moves the sequences and the PAYMENTS identity past the highest key, so that the application's own inserts
     * (sequence defaults, identity) do not collide with the rows the sample wrote with explicit keys.
     */
    static void syncSequences(Connection c, Flavor flavor) throws SQLException {
        try (Statement s = c.createStatement()) {
            setval(s, flavor, "customers_seq", max(s, "customer_id", "customers"));
            setval(s, flavor, "orders_seq", max(s, "order_id", "orders"));
            setval(s, flavor, "shipments_seq", max(s, "shipment_id", "shipments"));
            if (flavor == Flavor.POSTGRESQL) {
                setval(s, flavor, "pg_get_serial_sequence('payments', 'payment_id')", max(s, "payment_id", "payments"));
            }
        }
    }

    private static long max(Statement s, String column, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT max(" + column + ") FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void setval(Statement s, Flavor flavor, String sequence, long max) throws SQLException {
        if (max > 0) {
            s.execute(flavor == Flavor.POSTGRESQL
                    ? "SELECT setval(" + (sequence.contains("(") ? sequence : "'" + sequence + "'") + ", " + max + ")"
                    : "SELECT SETVAL(" + sequence + ", " + max + ")");
        }
    }
}
