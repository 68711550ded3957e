package io.cutover.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The SHOP schema and data on PostgreSQL and MariaDB: deterministic, the same values on both, the hard cases present. */
@Servers(postgres = 1, mariadb = 1)
class ShopDataTest {
    private static final ShopData.Size SIZE = new ShopData.Size(400);

    @Test
    void sameSeedGivesIdenticalRowsAndAnotherSeedDoesNot(SandboxCluster servers) throws Exception {
        Map<ShopTable, String> first = loaded(servers, 42);
        assertEquals(first, loaded(servers, 42));
        Map<ShopTable, String> other = loaded(servers, 43);
        assertEquals(first.get(ShopTable.COUNTRIES), other.get(ShopTable.COUNTRIES), "countries are fixed");
        for (ShopTable t : List.of(ShopTable.PRODUCTS, ShopTable.CUSTOMERS, ShopTable.ORDERS, ShopTable.PAYMENTS)) {
            assertNotEquals(first.get(t), other.get(t), t.sqlName());
        }
    }

    @Test
    void loadReportsWhatTheTablesHold(SandboxCluster servers) throws Exception {
        DataSource pg = TestDatabases.fresh(servers.postgres(0));
        ShopSchema.create(pg);
        LoadResult result = ShopData.load(pg, SIZE, 7);
        long total = 0;
        for (ShopTable t : ShopTable.values()) {
            long count = Long.parseLong(TestDatabases.scalar(pg, "SELECT count(*) FROM " + t.sqlName()));
            assertEquals(count, result.rows().get(t), t.sqlName());
            total += count;
        }
        assertEquals(total, result.totalRows());
        assertEquals(List.copyOf(result.rows().keySet()), List.of(ShopTable.values()), "load order");
        assertEquals("400", TestDatabases.scalar(pg, "SELECT count(*) FROM customers"));
        assertEquals("20", TestDatabases.scalar(pg, "SELECT count(*) FROM countries"));
        assertEquals("1000", TestDatabases.scalar(pg, "SELECT count(*) FROM products"));
        assertEquals("0", TestDatabases.scalar(pg, "SELECT count(*) FROM order_items i JOIN orders o USING (order_id) "
                + "WHERE i.customer_id <> o.customer_id"), "order lines carry their order's customer");
        long rows = Long.parseLong(TestDatabases.scalar(pg, "SELECT count(*) FROM order_items"));
        assertTrue(rows > 2 * 400 * 2 && rows < 4 * 400 * 4, rows + " order lines for 400 customers");
    }

    @Test
    void valuesExerciseTheHardCases(SandboxCluster servers) throws Exception {
        DataSource pg = TestDatabases.fresh(servers.postgres(0));
        ShopSchema.create(pg);
        ShopData.load(pg, SIZE, 7);
        assertEquals("12345.123456789012345678901234567890",
                TestDatabases.scalar(pg, "SELECT loyalty_points FROM customers WHERE customer_id = 1000"));
        assertEquals("9999999999.99", TestDatabases.scalar(pg, "SELECT credit_limit FROM customers WHERE customer_id = 1000"));
        assertEquals("38", TestDatabases.scalar(pg, "SELECT max(length(provider_ref::text)) FROM payments"));
        assertTrue(count(pg, "customers WHERE credit_limit IS NULL") > 0);
        assertTrue(count(pg, "customers WHERE octet_length(full_name) > char_length(full_name) + 2") > 0, "multi-byte");
        assertTrue(count(pg, "customers WHERE full_name ~ '[\\U00010000-\\U0010FFFF]'") > 0, "4-byte UTF-8");
        assertTrue(count(pg, "countries WHERE octet_length(name) > char_length(name)") > 5);
        assertTrue(count(pg, "orders WHERE extract(microseconds FROM ordered_at)::bigint % 1000 <> 0") > 0);
        assertTrue(count(pg, "products WHERE char_length(description) > 60000") > 0, "large text");
        assertTrue(count(pg, "products WHERE octet_length(thumbnail) = 262144") > 0, "large binary");
        assertTrue(count(pg, "products WHERE description LIKE '%back\\\\slash%' AND description LIKE '%' || chr(9) || '%'")
                > 0, "backslash and tab survive COPY");
        assertEquals("AMS ", TestDatabases.scalar(pg, "SELECT min(warehouse) FROM inventory WHERE warehouse LIKE 'AMS%'"));
        assertTrue(count(pg, "inventory WHERE restock_every > interval '100 days'") > 0);
        assertTrue(count(pg, "shipments WHERE warranty >= interval '1 year'") > 0);
        assertEquals("4000", TestDatabases.scalar(pg, "SELECT length(\"value\") FROM settings WHERE \"key\" = 'legal.terms'"));
    }

    @Test
    void mariadbGetsTheSameValues(SandboxCluster servers) throws Exception {
        DataSource pg = TestDatabases.fresh(servers.postgres(0));
        DataSource maria = TestDatabases.fresh(servers.mariadb(0));
        ShopSchema.create(pg);
        ShopSchema.create(maria);
        LoadResult fromPg = ShopData.load(pg, SIZE, 11);
        LoadResult fromMaria = ShopData.load(maria, SIZE, 11);
        assertEquals(fromPg.rows(), fromMaria.rows());
        List<String> same = List.of(
                "SELECT sum(total) FROM orders",
                "SELECT sum(amount) FROM payments",
                "SELECT sum(loyalty_points) FROM customers",
                "SELECT count(*) FROM customers WHERE full_name LIKE '%𠮷%'",
                "SELECT max(full_name) FROM customers WHERE customer_id < 1100",
                "SELECT sum(char_length(description)) FROM products",
                "SELECT sum(octet_length(thumbnail)) FROM products",
                "SELECT min(ordered_at) FROM orders WHERE order_id = 1");
        for (String sql : same) {
            String expected = TestDatabases.scalar(pg, sql);
            String actual = TestDatabases.scalar(maria, sql);
            if (sql.contains("ordered_at")) {
                expected = java.time.OffsetDateTime.parse(expected.replace(' ', 'T') + ":00")
                        .withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime().toString();
                actual = actual.replace(' ', 'T').replaceAll("0+$", "");
            }
            assertEquals(expected, actual, sql);
        }
    }

    @Test
    void dropRemovesOnlyTheShopTables(SandboxCluster servers) throws Exception {
        DataSource pg = TestDatabases.fresh(servers.postgres(0));
        assertEquals(List.of(), ShopSchema.existingTables(pg));
        try (var c = pg.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE keep_me (id int PRIMARY KEY)");
        }
        ShopSchema.create(pg);
        assertEquals(11, ShopSchema.existingTables(pg).size());
        ShopSchema.drop(pg);
        assertEquals(List.of("keep_me"), ShopSchema.existingTables(pg));
        ShopSchema.create(pg);
        assertEquals(11, ShopSchema.existingTables(pg).size(), "create works again after drop");
    }

    private static Map<ShopTable, String> loaded(SandboxCluster servers, long seed) throws Exception {
        DataSource pg = TestDatabases.fresh(servers.postgres(0));
        ShopSchema.create(pg);
        ShopData.load(pg, SIZE, seed);
        return TestDatabases.checksums(pg);
    }

    private static long count(DataSource ds, String from) throws Exception {
        return Long.parseLong(TestDatabases.scalar(ds, "SELECT count(*) FROM " + from));
    }
}
