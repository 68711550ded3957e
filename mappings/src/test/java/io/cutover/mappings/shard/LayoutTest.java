package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.plan.Placement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutTest {
    @Test
    void twoShardsOfFourTablesKeepIndexOrderShardByShard() {
        TableRoute orders = Plans.orders(2, Algorithm.MOD, 4, null, List.of(), "ID");
        assertEquals(List.of("orders_0", "orders_1", "orders_2", "orders_3"), names(orders.onShard("s0")));
        assertEquals(List.of("orders_4", "orders_5", "orders_6", "orders_7"), names(orders.onShard("s1")));
        for (int i = 0; i < 8; i++) {
            PhysicalTable t = orders.all().get(i);
            assertEquals(i, t.index());
            assertEquals(i / 4, t.shardIndex());
            assertEquals("s" + i / 4, t.shardName());
        }
    }

    @Test
    void paddedIndexNamesFourDatabasesOfSixteenTables() {
        TableRoute orders = Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "ID");
        assertEquals(64, orders.all().size());
        assertEquals("orders_00", orders.all().get(0).tableName());
        assertEquals("orders_09", orders.all().get(9).tableName());
        assertEquals("orders_63", orders.all().get(63).tableName());
        assertEquals("s3", orders.all().get(48).shardName());
        assertEquals(names(orders.onShard("s1")).get(0), "orders_16");
        assertEquals("t_orders_0007_x", Plans.orders(2, Algorithm.MOD, 4, "t_{table}_{index:4}_x", List.of(), "ID")
                .all().get(7).tableName());
    }

    @Test
    void oneTablePerShardKeepsTheLogicalName() {
        TableRoute orders = Plans.orders(3, Algorithm.MOD, 1, null, List.of(), "ID");
        assertEquals(List.of("orders", "orders", "orders"), names(orders.all()));
        assertEquals("s2", orders.route(5L).shardName());
    }

    @Test
    void allListsEachPhysicalTableOnceAndAgreesWithOnShard() {
        TableRoute orders = Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "ID");
        List<PhysicalTable> byShard = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            byShard.addAll(orders.onShard("s" + s));
        }
        assertEquals(orders.all(), byShard);
        assertEquals(64, new HashSet<>(names(orders.all())).size());
    }

    @Test
    void everyKeyRoutesToExactlyOneOfTheListedTables() {
        TableRoute orders = Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "ID");
        Set<PhysicalTable> seen = new HashSet<>();
        for (long k = -5_000; k < 5_000; k++) {
            PhysicalTable t = orders.route(k);
            assertSame(orders.all().get(t.index()), t, "route returns the precomputed instance");
            assertSame(t, orders.route(k), "the same key always routes to the same table");
            assertEquals(List.of(t), orders.targets(new Object[] {k}));
            seen.add(t);
        }
        assertEquals(64, seen.size());
    }

    @Test
    void broadcastHasOneCopyPerShardAndSingleLivesOnItsHomeShard() {
        ShardRouter router = Plans.router(3, Plans.unsharded("COUNTRIES", Placement.BROADCAST, null),
                Plans.unsharded("SETTINGS", Placement.SINGLE, "s1"));
        TableRoute countries = router.table("countries");
        assertEquals(List.of("s0", "s1", "s2"), countries.all().stream().map(PhysicalTable::shardName).toList());
        assertEquals(List.of("countries", "countries", "countries"), names(countries.all()));
        assertEquals(countries.all(), countries.targets(new Object[0]));
        assertEquals(List.of(), countries.keyColumns());

        TableRoute settings = router.table("Settings");
        PhysicalTable home = new PhysicalTable("s1", 1, "settings", 0);
        assertEquals(home, settings.route(new Object[0]));
        assertEquals(List.of(home), settings.targets(new Object[0]));
        assertEquals(List.of(home), settings.onShard("s1"));
        assertTrue(settings.onShard("s0").isEmpty());
    }

    @Test
    void rowsGiveTheirKeyValuesInKeyColumnOrder() {
        TableRoute orders = Plans.orders(2, Algorithm.HASH, 4, null, List.of(), "TENANT", "ID");
        Object[] key = orders.keyValues(java.util.Map.of("ID", 42L, "TENANT", "ACME", "NOTE", "x"));
        assertEquals(List.of("ACME", 42L), List.of(key));
        assertEquals("orders_2", orders.route(key).tableName());
    }

    private static List<String> names(List<PhysicalTable> tables) {
        return tables.stream().map(PhysicalTable::tableName).toList();
    }
}
