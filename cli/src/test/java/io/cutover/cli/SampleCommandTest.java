package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover sample load} and {@code cutover sample workload} on a sandbox PostgreSQL source. */
@Servers(postgres = 1)
class SampleCommandTest {
    private static final String[] TABLES = {"countries", "products", "customers", "orders", "order_items", "payments",
        "inventory", "shipments", "settings", "audit_log"};

    @Test
    void loadIsDeterministicAndRefusesANonEmptySource(SandboxCluster servers, @TempDir Path dir) throws Exception {
        DatabaseServer pg = servers.postgres(0);
        Map<String, String> env = Map.of("SRC_PASSWORD", pg.password());
        Path a = mapping(dir, pg, "sample_a");
        Path b = mapping(dir, pg, "sample_b");

        CliRun loaded = CliRun.of(env, "sample", "load", "-f", a.toString(), "--rows", "5000", "--seed", "7");
        assertEquals(0, loaded.exitCode(), loaded.err());
        assertTrue(loaded.out().contains("Loaded the SHOP sample into source (jdbc:postgresql://"), loaded.out());
        assertTrue(loaded.out().matches("(?s).*  order_items +[0-9,]+\n.*  total +[0-9,]+ rows in [0-9.]+ s \\([0-9,]+ rows/s\\).*"),
                loaded.out());
        assertFalse(loaded.out().contains(pg.password() + "@") || loaded.err().contains("password="));
        assertEquals("112", scalar(pg, "sample_a", "SELECT count(*) FROM customers"), "--rows 5000 scales by customers");

        CliRun again = CliRun.of(env, "sample", "load", "-f", a.toString(), "--seed", "7");
        assertEquals(3, again.exitCode(), again.out());
        assertTrue(again.err().contains("already holds 10 table(s) (") && again.err().contains("--replace"), again.err());

        assertEquals(0, CliRun.of(env, "sample", "load", "-f", a.toString(), "--rows", "5000", "--seed", "7",
                "--replace").exitCode());
        assertEquals(0, CliRun.of(env, "sample", "load", "-f", b.toString(), "--rows", "5000", "--seed", "7").exitCode());
        assertEquals(checksums(pg, "sample_a"), checksums(pg, "sample_b"));

        CliRun workload = CliRun.of(env, "sample", "workload", "-f", b.toString(), "--rate", "0", "--operations",
                "150", "--seed", "3");
        assertEquals(0, workload.exitCode(), workload.err());
        assertTrue(workload.out().contains("done: 150 changes in "), workload.out());
        for (String kind : new String[] {"insert", "update", "delete", "reinsert", "shard-key change"}) {
            assertTrue(workload.out().matches("(?s).*[:,] " + kind + " [1-9][0-9]*.*"), kind + " in " + workload.out());
        }
        assertNotEquals(checksums(pg, "sample_a"), checksums(pg, "sample_b"));
    }

    @Test
    void badInputGetsOneMessage(SandboxCluster servers, @TempDir Path dir) throws Exception {
        DatabaseServer pg = servers.postgres(0);
        Map<String, String> env = Map.of("SRC_PASSWORD", pg.password());
        Path m = mapping(dir, pg, "sample_c");

        CliRun duration = CliRun.of(env, "sample", "workload", "-f", m.toString(), "--duration", "5x");
        assertEquals(2, duration.exitCode());
        assertTrue(duration.err().contains("'5x' is not a duration; write e.g. 90s, 5m, 2h or PT1M30S"), duration.err());

        CliRun empty = CliRun.of(env, "sample", "workload", "-f", m.toString(), "--operations", "1");
        assertEquals(3, empty.exitCode());
        assertTrue(empty.err().contains("has no SHOP sample (missing: countries, products, customers, orders, "
                + "order_items, payments, inventory, shipments, settings, audit_log); run 'cutover sample load -f "
                + m + "' first"), empty.err());

        Path oracle = Files.writeString(dir.resolve("oracle.yaml"), """
                name: ora
                source: { type: oracle, jdbc-url: "jdbc:oracle:thin:@//db:1521/ORCL", username: SHOP, schema: SHOP }
                target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/x", username: u } ] }
                tables: []
                """);
        CliRun refused = CliRun.of(env, "sample", "load", "-f", oracle.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("source type oracle: the SHOP sample goes into a PostgreSQL or MariaDB/MySQL "
                + "stand-in"), refused.err());
    }

    private static Path mapping(Path dir, DatabaseServer pg, String database) throws Exception {
        pg.createDatabase(database);
        return Files.writeString(dir.resolve(database + ".yaml"), """
                name: sample
                source: { type: postgresql, jdbc-url: "%s", username: %s, password: "${env:SRC_PASSWORD}", schema: public }
                target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/none", username: u } ] }
                tables: []
                """.formatted(pg.jdbcUrl(database), pg.username()));
    }

    private static Map<String, String> checksums(DatabaseServer pg, String database) throws Exception {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES) {
            sums.put(table, scalar(pg, database, "SELECT count(*) || ':' || md5(string_agg(x::text, '|' ORDER BY "
                    + "x::text)) FROM " + table + " x"));
        }
        return sums;
    }

    private static String scalar(DatabaseServer pg, String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(database), pg.username(), pg.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
