package io.cutover.mappings.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.types.TypeOverrides;

import io.cutover.mappings.dialect.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanLoaderTest {
    static final Map<String, String> ENV = Map.of(
            "SOURCE_PASSWORD", "env-secret-value",
            "S1_URL", "jdbc:mysql://10.0.0.2:3306/shop_1",
            "S1_USER", "app1");

    @TempDir
    Path dir;
    Path file;

    /** The good plan next to the shard password file it references, which ends in a newline as editors leave it. */
    @BeforeEach
    void copyShopPlan() throws IOException {
        file = dir.resolve("shop.yaml");
        try (InputStream in = getClass().getResourceAsStream("/plans/good/shop.yaml")) {
            Files.copy(in, file);
        }
        Files.writeString(dir.resolve("shard-password.txt"), "file-secret-value\n");
    }

    @Test
    void loadsSourceWithSecretFromEnvironment() {
        MigrationPlan plan = PlanLoader.load(file, ENV::get);

        assertEquals("shop", plan.name());
        assertEquals(file.toString(), plan.file());
        Source source = plan.source();
        assertEquals(SourceType.ORACLE, source.type());
        assertEquals("SHOP", source.schema());
        assertEquals("jdbc:oracle:thin:@//db:1521/ORCLPDB1", source.endpoint().jdbcUrl());
        assertEquals("CUTOVER", source.endpoint().username());
        assertEquals("env-secret-value", source.endpoint().password().reveal());
        assertEquals("${env:SOURCE_PASSWORD}", source.endpoint().password().toString());
        assertEquals(new SourceLocation(file.toString(), 4, 3), source.endpoint().location());
    }

    @Test
    void loadsShardsInOrderWithFileEnvAndInlineSecrets() {
        Target target = PlanLoader.load(file, ENV::get).target();

        assertEquals(Dialect.MARIADB, target.dialect());
        assertEquals(List.of("s0", "s1"), target.shards().stream().map(Endpoint::name).toList());
        Endpoint s0 = target.shards().get(0);
        assertEquals("file-secret-value", s0.password().reveal(), "trailing newline trimmed");
        assertEquals("${file:shard-password.txt}", s0.password().toString());
        Endpoint s1 = target.shards().get(1);
        assertEquals("jdbc:mysql://10.0.0.2:3306/shop_1", s1.jdbcUrl());
        assertEquals("app1", s1.username());
        assertEquals("inline-literal", s1.password().reveal());
        assertEquals("****", s1.password().toString());
    }

    @Test
    void loadsShardedTablesWithDefaults() {
        MigrationPlan plan = PlanLoader.load(file, ENV::get);

        TableMapping orders = plan.table("orders").orElseThrow();
        assertEquals("ORDERS", orders.source());
        assertEquals("orders", orders.target());
        assertEquals(Placement.SHARDED, orders.placement());
        assertEquals(new ShardBy(List.of("CUSTOMER_ID"), Algorithm.MOD, 4, List.of(), null), orders.shardBy());
        assertNull(orders.homeShard());
        assertEquals(new SourceLocation(file.toString(), 18, 5), orders.location());

        TableMapping items = plan.table("ORDER_ITEMS").orElseThrow();
        assertEquals("order_items", items.target(), "target defaults to the source name lower-cased");
        assertEquals(new ShardBy(List.of("ORDER_ID", "LINE_NO"), Algorithm.HASH, 2, List.of(), "order_items_{index:2}"),
                items.shardBy());

        ShardBy events = plan.table("EVENTS").orElseThrow().shardBy();
        assertEquals(2, events.tablesPerShard());
        assertEquals(1, plan.table("CODES").orElseThrow().shardBy().tablesPerShard(), "tables-per-shard defaults to 1");
        assertEquals(Algorithm.RANGE, events.algorithm());
        assertEquals(List.of(20240101L, 20250101L, 20260101L), events.boundaries());
        assertEquals(List.of("M"), plan.table("CODES").orElseThrow().shardBy().boundaries());
    }

    @Test
    void loadsOtherPlacements() {
        MigrationPlan plan = PlanLoader.load(file, ENV::get);

        TableMapping countries = plan.table("COUNTRIES").orElseThrow();
        assertEquals(Placement.BROADCAST, countries.placement());
        assertNull(countries.shardBy());
        TableMapping settings = plan.table("SETTINGS").orElseThrow();
        assertEquals(Placement.SINGLE, settings.placement());
        assertEquals("s1", settings.homeShard());
        assertEquals(Placement.EXCLUDED, plan.table("AUDIT_LOG").orElseThrow().placement());
        assertEquals(7, plan.tables().size());
    }

    @Test
    void tableWithoutPlacementLivesOnTheOnlyShard() {
        String yaml = """
                name: solo
                source: { type: postgresql, jdbc-url: "jdbc:postgresql://src/app", username: app }
                target:
                  dialect: postgresql
                  shards: [ { name: main, jdbc-url: "jdbc:postgresql://dst/app", username: app } ]
                tables: [ { source: accounts } ]
                """;

        MigrationPlan plan = PlanLoader.load("solo.yaml", yaml, dir, ENV::get);

        TableMapping accounts = plan.tables().get(0);
        assertEquals(Placement.SINGLE, accounts.placement());
        assertEquals("main", accounts.homeShard());
        assertNull(plan.source().schema(), "schema is optional outside oracle");
        assertTrue(plan.source().endpoint().password().isEmpty(), "password is optional");
    }

    @Test
    void missingFileIsOneProblemAtItsStart() {
        Path missing = dir.resolve("nope.yaml");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanLoader.load(missing, ENV::get));

        assertEquals(missing + ":1:1: cannot read the mapping file: file not found; check the path given with -f/--mapping",
                e.getMessage());
    }

    @Test
    void typeOverridesByColumnAndByType() {
        TypeOverrides overrides = PlanLoader.load(file, ENV::get).typeOverrides();
        TypeOverrides.Rule status = overrides.lookup("ORDERS", "STATUS",
                new ColumnType("VARCHAR2", 10, null, null, "VARCHAR2(10)"));
        assertEquals("VARCHAR(12)", status.targetType());
        assertEquals(new SourceLocation(file.toString(), 26, 14), status.location());
        TypeOverrides.Rule integer = overrides.lookup("ORDERS", "ID", new ColumnType("NUMBER", null, 0, null, "NUMBER(*,0)"));
        assertEquals("BIGINT", integer.targetType());
        assertNull(overrides.lookup("ORDERS", "TOTAL", new ColumnType("NUMBER", 12, 2, null, "NUMBER(12,2)")));
    }

    @Test
    void streamSectionWithStateSecretsAndRawDebeziumProperties() {
        String yaml = """
                name: shop
                source: { type: postgresql, jdbc-url: "jdbc:postgresql://db/shop", username: u }
                target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: "jdbc:mariadb://db0/shop", username: u } ] }
                tables: [ { source: ORDERS } ]
                stream:
                  state: { jdbc-url: "jdbc:mariadb://db0/state", username: st, password: "${env:SOURCE_PASSWORD}" }
                  on-ddl: ignore
                  batch-size: 500
                  heartbeat-seconds: 10
                  debezium:
                    snapshot.mode: never
                    debezium.poll.interval.ms: 50
                    database.sslpassword: "${env:SOURCE_PASSWORD}"
                """;

        StreamSettings stream = PlanLoader.load("s.yaml", yaml, dir, ENV::get).stream();

        assertEquals("jdbc:mariadb://db0/state", stream.state().jdbcUrl());
        assertEquals("env-secret-value", stream.state().password().reveal());
        assertEquals(OnDdl.IGNORE, stream.onDdl());
        assertEquals(500, stream.batchSize());
        assertEquals(10, stream.heartbeatSeconds());
        assertEquals(List.of("snapshot.mode", "poll.interval.ms", "database.sslpassword"),
                List.copyOf(stream.debezium().keySet()));
        assertEquals("50", stream.debezium().get("poll.interval.ms"));
        assertEquals("env-secret-value", stream.debezium().get("database.sslpassword"));
        assertEquals(new SourceLocation("s.yaml", 6, 3), stream.location());
        assertTrue(!stream.toString().contains("env-secret-value"), stream.toString());
    }

    @Test
    void withoutStreamSectionTheDefaultsApplyAndNoStateIsNamed() {
        StreamSettings stream = PlanLoader.load(file, ENV::get).stream();

        assertNull(stream.state());
        assertEquals(OnDdl.STOP, stream.onDdl());
        assertEquals(StreamSettings.DEFAULT_BATCH_SIZE, stream.batchSize());
        assertTrue(stream.debezium().isEmpty());
        assertEquals(new SourceLocation(file.toString(), 1, 1), stream.location());
    }
}
