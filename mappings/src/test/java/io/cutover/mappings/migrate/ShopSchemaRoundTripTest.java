package io.cutover.mappings.migrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.ConversionResult;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.migrate.ShardOutcome.Status;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.OracleDdlReader;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample shop schema from Oracle DDL to two real shards, through convert, migration files and Flyway apply,
 * then values that are easy to lose on the way: a 38-digit NUMBER, a DATE with a time, 4-byte UTF-8 in an
 * NVARCHAR2, a 1 MB CLOB and a BLOB.
 */
@Servers(postgres = 1, mariadb = 2)
class ShopSchemaRoundTripTest {
    private static final Path SHOP_DDL = Path.of("../samples/shop/oracle-schema.sql");
    private static final BigDecimal PROVIDER_REF = new BigDecimal("12345678901234567890123456789012345678");
    private static final LocalDateTime CREATED = LocalDateTime.of(2024, 2, 29, 13, 45, 12);
    private static final String NAME = "Zoë 😀 Ünïcødé 東京";
    private static final String NOTES = "x".repeat(1024 * 1024 - 3) + "end";
    private static final long CUSTOMER = 4242;

    @Test
    void mariadbShards(SandboxCluster servers, @TempDir Path dir) throws Exception {
        servers.mariadb(0).createDatabase("shop");
        servers.mariadb(1).createDatabase("shop");
        roundTrip("mariadb", servers.mariadb(0).jdbcUrl("shop"), servers.mariadb(1).jdbcUrl("shop"), dir);
    }

    @Test
    void postgresqlShards(SandboxCluster servers, @TempDir Path dir) throws Exception {
        DatabaseServer pg = servers.postgres(0);
        pg.createDatabase("shop_0");
        pg.createDatabase("shop_1");
        roundTrip("postgresql", pg.jdbcUrl("shop_0"), pg.jdbcUrl("shop_1"), dir);
    }

    private static void roundTrip(String dialect, String shard0, String shard1, Path dir) throws Exception {
        MigrationPlan plan = PlanLoader.load("shop.yaml", """
                name: shop
                source: { type: oracle, jdbc-url: "jdbc:oracle:thin:@//db:1521/ORCLPDB1", username: CUTOVER, schema: SHOP }
                target:
                  dialect: %s
                  shards:
                    - { name: s0, jdbc-url: "%s", username: cutover, password: cutover }
                    - { name: s1, jdbc-url: "%s", username: cutover, password: cutover }
                tables:
                  - { source: COUNTRIES, broadcast: true }
                  - { source: PRODUCTS, broadcast: true }
                  - { source: CUSTOMERS, shard-by: { column: CUSTOMER_ID, algorithm: hash, tables-per-shard: 2 } }
                  - { source: ORDERS, shard-by: { column: CUSTOMER_ID, algorithm: mod, tables-per-shard: 4 } }
                  - { source: ORDER_ITEMS, shard-by: { column: CUSTOMER_ID, algorithm: mod, tables-per-shard: 4 } }
                  - { source: PAYMENTS, shard-by: { column: CUSTOMER_ID, algorithm: mod, tables-per-shard: 4 } }
                  - { source: SHIPMENTS, shard-by: { column: CUSTOMER_ID, algorithm: mod, tables-per-shard: 4 } }
                  - { source: INVENTORY, shard-by: { column: PRODUCT_ID, algorithm: hash } }
                  - { source: SETTINGS, shard: s1 }
                  - { source: AUDIT_LOG, exclude: true }
                """.formatted(dialect, shard0, shard1), dir, Map.<String, String>of()::get);
        Schema schema = new OracleDdlReader().read(SHOP_DDL.toString(), Files.readString(SHOP_DDL));
        assertEquals(List.of(), schema.skipped(), "the sample reads completely");
        ConversionResult result = new SchemaConverter(ConversionOptions.DEFAULTS)
                .convert(schema, plan, plan.target().dialect());
        Path migrations = dir.resolve("migrations");
        MigrationWriter.write(result, migrations, "shop", "oracle-schema.sql");

        List<ShardOutcome> applied = SchemaApply.of(plan, migrations).run();
        assertEquals(List.of(Status.MIGRATED, Status.MIGRATED), applied.stream().map(ShardOutcome::status).toList(),
                applied.toString());
        assertEquals(List.of(Status.UP_TO_DATE, Status.UP_TO_DATE),
                SchemaApply.of(plan, migrations).run().stream().map(ShardOutcome::status).toList(), "repeatable");

        ShardRouter router = ShardRouter.of(plan);
        for (Endpoint shard : plan.target().shards()) { // broadcast: every shard has its copy
            try (Connection c = connect(shard)) {
                execute(c, "INSERT INTO countries (code, name, currency) VALUES ('DE', 'Deutschland', 'EUR')");
            }
        }
        PhysicalTable customers = router.table("CUSTOMERS").route(CUSTOMER);
        try (Connection c = connect(plan.target().shards().get(customers.shardIndex()))) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + customers.tableName()
                    + " (customer_id, email, full_name, country_code, created_at, notes) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, CUSTOMER);
                ps.setString(2, "zoe@example.com");
                ps.setString(3, NAME);
                ps.setString(4, "DE");
                ps.setTimestamp(5, Timestamp.valueOf(CREATED));
                ps.setString(6, NOTES);
                ps.executeUpdate();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT full_name, created_at, notes, status, credit_limit FROM "
                    + customers.tableName() + " WHERE customer_id = " + CUSTOMER)) {
                assertTrue(rs.next());
                assertEquals(NAME, rs.getString(1), "4-byte UTF-8 in NVARCHAR2");
                assertEquals(CREATED, rs.getTimestamp(2).toLocalDateTime(), "DATE keeps its time");
                assertEquals(NOTES, rs.getString(3), "1 MB CLOB");
                assertEquals("ACTIVE", rs.getString(4), "default");
                assertEquals(0, rs.getBigDecimal(5).signum(), "default 0");
            }
        }
        PhysicalTable payments = router.table("PAYMENTS").route(CUSTOMER);
        try (Connection c = connect(plan.target().shards().get(payments.shardIndex()))) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + payments.tableName()
                    + " (payment_id, order_id, customer_id, amount, provider_ref, method) VALUES (1, 2, ?, 19.99, ?, 'CARD')")) {
                ps.setLong(1, CUSTOMER);
                ps.setBigDecimal(2, PROVIDER_REF);
                ps.executeUpdate();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT provider_ref, amount FROM " + payments.tableName())) {
                assertTrue(rs.next());
                assertEquals(PROVIDER_REF, rs.getBigDecimal(1), "NUMBER(38) keeps all 38 digits");
                assertEquals(new BigDecimal("19.99"), rs.getBigDecimal(2));
            }
        }
        byte[] thumbnail = new byte[70_000];
        for (int i = 0; i < thumbnail.length; i++) {
            thumbnail[i] = (byte) (i * 31);
        }
        for (Endpoint shard : plan.target().shards()) {
            try (Connection c = connect(shard);
                 PreparedStatement ps = c.prepareStatement("INSERT INTO products (product_id, sku, name, price, thumbnail)"
                         + " VALUES (1, 'SKU-1', 'Teapot', 12.50, ?)")) {
                ps.setBytes(1, thumbnail);
                ps.executeUpdate();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT thumbnail, created_at FROM products")) {
                    assertTrue(rs.next());
                    assertArrayEquals(thumbnail, rs.getBytes(1), "BLOB on " + shard.name());
                    assertTrue(rs.getTimestamp(2) != null, "SYSTIMESTAMP default");
                }
            }
        }
    }

    private static Connection connect(Endpoint shard) throws Exception {
        return DriverManager.getConnection(shard.jdbcUrl(), shard.username(), shard.password().reveal());
    }

    private static void execute(Connection c, String sql) throws Exception {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
