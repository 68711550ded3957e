package io.cutover.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.InvalidPlanException;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.plan.SourceType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example mapping files load with the real loader once their environment variables are set. */
class MappingFilesTest {
    private static final Map<String, String> ENV = Map.of("SHOP_SOURCE_HOST", "10.0.0.5:5432",
            "SHOP_SOURCE_PASSWORD", "src-secret", "SHOP_SHARD0_HOST", "10.0.0.6:3306", "SHOP_SHARD1_HOST",
            "10.0.0.7:3306", "SHOP_SHARD_PASSWORD", "shard-secret", "SHOP_TIDB_HOST", "10.0.0.8:4000",
            "SHOP_TIDB_PASSWORD", "tidb-secret");

    @ParameterizedTest
    @CsvSource({"mapping-mariadb.yaml, MARIADB, 2", "mapping-postgresql.yaml, POSTGRESQL, 2", "mapping-tidb.yaml, TIDB, 1"})
    void loads(String file, Dialect dialect, int shards) {
        MigrationPlan plan = PlanLoader.load(Path.of("shop", file), ENV::get);
        assertEquals(SourceType.POSTGRESQL, plan.source().type());
        assertEquals("jdbc:postgresql://10.0.0.5:5432/shop", plan.source().endpoint().jdbcUrl());
        assertEquals("src-secret", plan.source().endpoint().password().reveal());
        assertEquals(dialect, plan.target().dialect());
        assertEquals(shards, plan.target().shards().size());
        assertTrue(plan.target().shards().get(0).jdbcUrl().contains("10.0.0."), plan.target().shards().get(0).jdbcUrl());
        assertEquals(ShopTable.values().length, plan.tables().size());
        for (ShopTable t : ShopTable.values()) {
            assertTrue(plan.table(t.sqlName()).isPresent(), t.sqlName());
        }
        assertEquals(Placement.EXCLUDED, plan.table("audit_log").orElseThrow().placement());
        assertFalse(plan.source().endpoint().toString().contains("src-secret"));
    }

    @ParameterizedTest
    @CsvSource({"mapping-mariadb.yaml", "mapping-postgresql.yaml"})
    void shardsOrdersByCustomerWithFourTablesPerShard(String file) {
        MigrationPlan plan = PlanLoader.load(Path.of("shop", file), ENV::get);
        for (String table : new String[] {"orders", "order_items", "payments", "shipments"}) {
            var mapping = plan.table(table).orElseThrow();
            assertEquals(Placement.SHARDED, mapping.placement(), table);
            assertEquals("mod(customer_id) x4", mapping.shardBy().algorithm().name().toLowerCase(java.util.Locale.ROOT) + "("
                    + String.join(",", mapping.shardBy().columns()) + ") x" + mapping.shardBy().tablesPerShard(), table);
        }
        assertEquals(Placement.BROADCAST, plan.table("countries").orElseThrow().placement());
        assertEquals(Placement.BROADCAST, plan.table("products").orElseThrow().placement());
        assertEquals(Placement.SINGLE, plan.table("settings").orElseThrow().placement());
        assertEquals("hash", plan.table("inventory").orElseThrow().shardBy().algorithm().name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({"mapping-mariadb.yaml", "mapping-postgresql.yaml", "mapping-tidb.yaml"})
    void namesTheMissingVariable(String file) {
        InvalidPlanException e = assertThrows(InvalidPlanException.class,
                () -> PlanLoader.load(Path.of("shop", file), name -> null));
        assertTrue(e.getMessage().contains("SHOP_SOURCE_PASSWORD"), e.getMessage());
    }
}
