package io.cutover.mappings.schema.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.LengthSemantics;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Sequence;
import io.cutover.mappings.schema.Table;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads real PostgreSQL and MariaDB schemas on private sandbox servers. */
@Servers(postgres = 1, mariadb = 1)
class JdbcSchemaReaderTest {

    private static String uniqueName() {
        return "cutover_read_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void run(Connection c, String... statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static void assertType(String name, Integer precision, Integer scale, LengthSemantics semantics,
                                   ColumnType actual) {
        assertEquals(List.of(name, String.valueOf(precision), String.valueOf(scale), String.valueOf(semantics)),
                List.of(actual.name(), String.valueOf(actual.precision()), String.valueOf(actual.scale()),
                        String.valueOf(actual.semantics())), actual.text());
    }

    @Test
    void readsPostgresSchemaWithOracleTypes(SandboxCluster servers) throws SQLException {
        String schema = uniqueName();
        DatabaseServer pg = servers.postgres(0);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password())) {
            run(c, "CREATE SCHEMA " + schema, "SET search_path = " + schema,
                    "CREATE TABLE customers (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, "
                            + "name text, born date, vip boolean DEFAULT false, balance numeric(12,2), "
                            + "score double precision, rating real, photo bytea, code char(3), qty integer, "
                            + "small smallint, big bigint, anything numeric, "
                            + "created timestamp(3) DEFAULT now(), seen timestamptz)",
                    "COMMENT ON TABLE customers IS 'buyers'",
                    "CREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY, customer_id bigint, "
                            + "placed date NOT NULL, PRIMARY KEY (id, placed), "
                            + "CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) "
                            + "ON DELETE CASCADE)",
                    "CREATE INDEX orders_placed_ix ON orders (placed, customer_id)",
                    "CREATE INDEX customers_lower_ix ON customers (lower(email))",
                    "CREATE TABLE tokens (id uuid PRIMARY KEY)",
                    "CREATE TABLE cutover_heartbeat (job VARCHAR(128) PRIMARY KEY, beat TIMESTAMPTZ NOT NULL)",
                    "CREATE SEQUENCE invoice_seq START WITH 100 INCREMENT BY 5 MAXVALUE 100000 CYCLE");
            try {
                Schema read = new JdbcSchemaReader().read(c, schema);
                assertEquals(List.of("customers", "orders"), read.tables().stream().map(Table::name).toList());
                Table customers = read.table("customers");
                assertEquals(new Location(pg.jdbcUrl(), 0, 0), customers.location());
                assertType("NUMBER", 19, 0, null, customers.column("id").type());
                assertTrue(customers.column("id").identity());
                assertType("VARCHAR2", 255, null, LengthSemantics.CHAR, customers.column("email").type());
                assertFalse(customers.column("email").nullable());
                assertType("CLOB", null, null, null, customers.column("name").type());
                assertType("DATE", null, null, null, customers.column("born").type());
                assertType("NUMBER", 1, 0, null, customers.column("vip").type());
                assertEquals("false", customers.column("vip").defaultExpression());
                assertType("NUMBER", 12, 2, null, customers.column("balance").type());
                assertType("BINARY_DOUBLE", null, null, null, customers.column("score").type());
                assertType("BINARY_FLOAT", null, null, null, customers.column("rating").type());
                assertType("BLOB", null, null, null, customers.column("photo").type());
                assertType("CHAR", 3, null, LengthSemantics.CHAR, customers.column("code").type());
                assertType("NUMBER", 10, 0, null, customers.column("qty").type());
                assertType("NUMBER", 5, 0, null, customers.column("small").type());
                assertType("NUMBER", 19, 0, null, customers.column("big").type());
                assertType("NUMBER", null, null, null, customers.column("anything").type());
                assertType("TIMESTAMP", 3, null, null, customers.column("created").type());
                assertType("TIMESTAMP WITH TIME ZONE", 6, null, null, customers.column("seen").type());
                assertEquals("buyers", customers.comment());
                assertEquals(new Key("customers_pkey", List.of("id")), customers.primaryKey());
                assertEquals(List.of(new Key("customers_email_key", List.of("email"))), customers.uniqueKeys());

                Table orders = read.table("orders");
                assertTrue(orders.column("id").identity());
                assertEquals(new Key("orders_pkey", List.of("id", "placed")), orders.primaryKey());
                assertEquals(List.of(new ForeignKey("orders_customer_fk", List.of("customer_id"), "customers",
                        List.of("id"), "CASCADE")), orders.foreignKeys());

                assertEquals(List.of("customers_lower_ix", "orders_placed_ix"),
                        read.indexes().stream().map(Index::name).sorted().toList());
                Index placed = read.indexes().stream().filter(i -> i.name().equals("orders_placed_ix")).findFirst()
                        .orElseThrow();
                assertEquals(List.of("placed", "customer_id"), placed.columns());
                assertTrue(read.indexes().stream().filter(i -> i.name().equals("customers_lower_ix")).findFirst()
                        .orElseThrow().functionBased());

                assertEquals(List.of(new Sequence("invoice_seq", 100, 5, 100000L, true, customers.location())),
                        read.sequences());
                assertEquals(1, read.skipped().size());
                assertEquals("table tokens column id: type uuid has no Oracle equivalent; the table is left out",
                        read.skipped().get(0).reason());
            } finally {
                run(c, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void readsMariaDbDatabaseWithOracleTypes(SandboxCluster servers) throws SQLException {
        String database = uniqueName();
        DatabaseServer mariadb = servers.mariadb(0);
        try (Connection c = DriverManager.getConnection(mariadb.jdbcUrl(), mariadb.username(), mariadb.password())) {
            run(c, "CREATE DATABASE " + database, "USE " + database,
                    "CREATE TABLE customers (id int AUTO_INCREMENT PRIMARY KEY, email varchar(255) NOT NULL, "
                            + "notes longtext, photo longblob, price decimal(10,2), born date, "
                            + "created datetime(3), changed timestamp(6) NULL, ratio double, flag tinyint, "
                            + "total bigint, code char(2), hash varbinary(32), UNIQUE KEY customers_email_uk (email))"
                            + " COMMENT 'buyers'",
                    "CREATE TABLE orders (id bigint NOT NULL, customer_id int, PRIMARY KEY (id), "
                            + "KEY orders_customer_ix (customer_id), CONSTRAINT orders_customer_fk FOREIGN KEY "
                            + "(customer_id) REFERENCES customers (id) ON DELETE SET NULL)",
                    "CREATE TABLE odd (e enum('a','b'))",
                    "CREATE TABLE cutover_heartbeat (job VARCHAR(128) PRIMARY KEY, beat TIMESTAMP(3) NOT NULL)",
                    "CREATE SEQUENCE invoice_seq START WITH 7 INCREMENT BY 3");
            try {
                Schema read = new JdbcSchemaReader().read(c, database);
                assertEquals(List.of("customers", "orders"), read.tables().stream().map(Table::name).toList());
                Table customers = read.table("customers");
                assertType("NUMBER", 10, 0, null, customers.column("id").type());
                assertTrue(customers.column("id").identity());
                assertType("VARCHAR2", 255, null, LengthSemantics.CHAR, customers.column("email").type());
                assertType("CLOB", null, null, null, customers.column("notes").type());
                assertType("BLOB", null, null, null, customers.column("photo").type());
                assertType("NUMBER", 10, 2, null, customers.column("price").type());
                assertType("DATE", null, null, null, customers.column("born").type());
                assertType("TIMESTAMP", 3, null, null, customers.column("created").type());
                assertType("TIMESTAMP WITH LOCAL TIME ZONE", 6, null, null, customers.column("changed").type());
                assertType("BINARY_DOUBLE", null, null, null, customers.column("ratio").type());
                assertType("NUMBER", 3, 0, null, customers.column("flag").type());
                assertType("NUMBER", 19, 0, null, customers.column("total").type());
                assertType("CHAR", 2, null, LengthSemantics.CHAR, customers.column("code").type());
                assertType("RAW", 32, null, null, customers.column("hash").type());
                assertEquals("buyers", customers.comment());
                assertEquals(List.of("id"), customers.primaryKey().columns());
                assertEquals(List.of(new Key("customers_email_uk", List.of("email"))), customers.uniqueKeys());

                Table orders = read.table("orders");
                assertNull(orders.column("customer_id").defaultExpression());
                assertEquals(List.of(new ForeignKey("orders_customer_fk", List.of("customer_id"), "customers",
                        List.of("id"), "SET NULL")), orders.foreignKeys());
                assertEquals(List.of(new Index("orders_customer_ix", "orders", List.of("customer_id"), List.of(),
                        false, orders.location())), read.indexes());
                assertEquals(List.of(new Sequence("invoice_seq", 7, 3, null, false, orders.location())),
                        read.sequences());
                assertEquals(1, read.skipped().size());
                assertTrue(read.skipped().get(0).reason().startsWith("table odd column e: type ENUM"),
                        read.skipped().get(0).reason());
            } finally {
                run(c, "DROP DATABASE " + database);
            }
        }
    }
}
