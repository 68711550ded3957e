package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover schema convert} then {@code cutover schema apply} on two sandbox MariaDB shards. */
@Servers(postgres = 1, mariadb = 2)
class SchemaCommandTest {
    private static final Path SHOP = Path.of("../samples/shop/oracle-schema.sql");

    @Test
    void convertIsDeterministicAndApplyIsRepeatable(SandboxCluster servers, @TempDir Path dir) throws IOException {
        servers.mariadb(0).createDatabase("shop");
        servers.mariadb(1).createDatabase("shop");
        Path mapping = dir.resolve("shop.yaml");
        Files.writeString(mapping, """
                name: shop
                source: { type: oracle, jdbc-url: "jdbc:oracle:thin:@//db:1521/ORCLPDB1", username: CUTOVER, schema: SHOP }
                target:
                  dialect: mariadb
                  shards:
                    - { name: s0, jdbc-url: "%s", username: cutover, password: "${env:SHARD_PASSWORD}" }
                    - { name: s1, jdbc-url: "%s", username: cutover, password: "${env:SHARD_PASSWORD}" }
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
                type-overrides:
                  columns: { CUSTOMERS.LOYALTY_POINTS: "DECIMAL(20,4)" }
                """.formatted(servers.mariadb(0).jdbcUrl("shop"), servers.mariadb(1).jdbcUrl("shop")));
        Map<String, String> env = Map.of("SHARD_PASSWORD", servers.mariadb(0).password());
        Path out = dir.resolve("migrations");

        CliRun convert = CliRun.of(env, "schema", "convert", "--ddl", SHOP.toString(), "-f", mapping.toString(),
                "-o", out.toString());
        assertEquals(0, convert.exitCode(), convert.out() + convert.err());
        Path s0 = out.resolve("s0/V1__oracle_schema.sql");
        String first = Files.readString(s0);
        assertTrue(first.startsWith("-- Converted by Cutover from oracle-schema.sql"), first);
        assertTrue(first.contains("CREATE TABLE IF NOT EXISTS orders_0 ("), first);
        assertTrue(first.contains("loyalty_points DECIMAL(20,4)"), "type override applied");
        assertFalse(first.contains("audit_log"), "excluded table");
        assertTrue(Files.readString(out.resolve("s1/V1__oracle_schema.sql")).contains("CREATE TABLE IF NOT EXISTS settings"));

        CliRun again = CliRun.of(env, "schema", "convert", "--ddl", SHOP.toString(), "-f", mapping.toString(),
                "-o", out.toString());
        assertEquals(0, again.exitCode());
        assertEquals(first, Files.readString(s0), "deterministic output");
        assertFalse(again.out().contains("replaced"), again.out());

        CliRun dry = CliRun.of(env, "schema", "apply", "-f", mapping.toString(), "--migrations", out.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.out() + dry.err());
        assertTrue(dry.out().contains("s0       pending    1 migration(s) would run"), dry.out());

        CliRun apply = CliRun.of(env, "schema", "apply", "-f", mapping.toString(), "--migrations", out.toString());
        assertEquals(0, apply.exitCode(), apply.out() + apply.err());
        assertTrue(apply.out().contains("s0       migrated   1 migration(s) applied, now at version 1"), apply.out());
        CliRun twice = CliRun.of(env, "schema", "apply", "-f", mapping.toString(), "--migrations", out.toString(), "--json");
        assertEquals(0, twice.exitCode());
        assertTrue(twice.out().contains("\"status\" : \"UP_TO_DATE\""), twice.out());
        assertFalse((apply.out() + twice.out() + convert.out()).contains(servers.mariadb(0).password() + "\""));
    }

    @Test
    void skippedStatementsGiveExitOneAndAreListed(@TempDir Path dir) throws IOException {
        Path ddl = dir.resolve("bad.sql");
        Files.writeString(ddl, """
                CREATE TABLE A (ID NUMBER(10) PRIMARY KEY, NAME VARCHAR2(20));
                CREATE TABLE B (ID NUMBER(10) PRIMARY KEY, X NUMBERR(3);
                CREATE TABLE C (ID NUMBER(10) PRIMARY KEY);
                """);
        CliRun run = CliRun.of("schema", "convert", "--ddl", ddl.toString(), "--to", "postgresql", "-o",
                dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Skipped 1 statement(s):"), run.out());
        assertTrue(run.out().contains(ddl + ":2:"), run.out());
        String sql = Files.readString(dir.resolve("out/target/V1__bad.sql"));
        assertTrue(sql.contains("CREATE TABLE IF NOT EXISTS a (") && sql.contains("CREATE TABLE IF NOT EXISTS c ("), sql);
    }

    @Test
    void unusableInputExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.sql"), "");
        CliRun run = CliRun.of("schema", "convert", "--ddl", empty.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(empty.toString()), run.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");

        CliRun missing = CliRun.of("schema", "convert", "--ddl", dir.resolve("nope.sql").toString(), "-o", "x");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("cannot read the DDL file: no such file or directory"), missing.err());

        CliRun dialect = CliRun.of("schema", "convert", "--ddl", SHOP.toString(), "--to", "db2", "-o", "x");
        assertEquals(2, dialect.exitCode());
        assertTrue(dialect.err().contains("--to db2: unknown dialect"), dialect.err());
    }

    @Test
    void convertsALiveSourceSchema(SandboxCluster servers, @TempDir Path dir) throws Exception {
        var pg = servers.postgres(0);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, owner varchar(80) NOT NULL, balance numeric(14,2),"
                    + " opened timestamp(3))");
        }
        servers.mariadb(0).createDatabase("live");
        servers.mariadb(1).createDatabase("live");
        Path mapping = dir.resolve("live.yaml");
        Files.writeString(mapping, """
                name: live
                source: { type: postgresql, jdbc-url: "%s", username: cutover, password: cutover }
                target:
                  dialect: mariadb
                  shards:
                    - { name: s0, jdbc-url: "%s", username: cutover, password: cutover }
                    - { name: s1, jdbc-url: "%s", username: cutover, password: cutover }
                tables:
                  - { source: accounts, shard-by: { column: id, algorithm: mod, tables-per-shard: 2 } }
                """.formatted(pg.jdbcUrl(), servers.mariadb(0).jdbcUrl("live"), servers.mariadb(1).jdbcUrl("live")));
        Path out = dir.resolve("migrations");
        CliRun convert = CliRun.of("schema", "convert", "--from-source", "-f", mapping.toString(), "-o", out.toString());
        assertEquals(0, convert.exitCode(), convert.out() + convert.err());
        String s1 = Files.readString(out.resolve("s1/V1__live.sql"));
        assertTrue(s1.contains("CREATE TABLE IF NOT EXISTS accounts_3 ("), s1);
        assertTrue(s1.contains("balance DECIMAL(14,2)") && s1.contains("opened DATETIME(3)"), s1);
        CliRun apply = CliRun.of("schema", "apply", "-f", mapping.toString(), "--migrations", out.toString());
        assertEquals(0, apply.exitCode(), apply.out() + apply.err());

        CliRun noMapping = CliRun.of("schema", "convert", "--from-source", "-o", out.toString());
        assertEquals(2, noMapping.exitCode());
        assertTrue(noMapping.err().contains("give the file with -f"), noMapping.err());
        CliRun both = CliRun.of("schema", "convert", "--from-source", "--ddl", SHOP.toString(), "-o", out.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }
}
