package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanValidateTest {
    /** The malformed mapping files of the mappings module: each carries its expected message on line 1. */
    private static final Path BAD_PLANS = Path.of("../mappings/src/test/resources/plans/bad");
    private static final String SECRET = "s3cr3t-Value-never-shown";
    private static final Map<String, String> ENV = Map.of("SOURCE_PASSWORD", SECRET);

    static Stream<Path> badPlans() throws IOException {
        List<Path> files = Files.list(BAD_PLANS).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        assertTrue(files.size() >= 10, "expected at least 10 malformed mapping files in " + BAD_PLANS);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("badPlans")
    void malformedMappingGivesOneLineAtFileLineColAndExitCodeTwo(Path file) throws IOException {
        String expected = Files.readAllLines(file).get(0).replaceFirst("^# expect: ", "");
        CliRun run = CliRun.of(ENV, "plan", "validate", "-f", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("cutover: " + file + ":" + expected, run.err().strip());
        assertEquals("", run.out());
        assertFalse(run.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void stackTraceOnlyWithVerbose() {
        Path file = BAD_PLANS.resolve("unknown-key.yaml");
        CliRun run = CliRun.of(ENV, "plan", "validate", "-v", "-f", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void jsonErrorObject() {
        Path file = BAD_PLANS.resolve("unknown-key.yaml");
        CliRun run = CliRun.of(ENV, "plan", "validate", "--json", "-f", file.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("\"code\" : \"INVALID_INPUT\""), run.out());
        assertTrue(run.out().contains("did you mean 'algorithm'"), run.out());
    }

    @Test
    void summaryShowsPhysicalLayout(@TempDir Path dir) throws IOException {
        Path mapping = dir.resolve("shop.yaml");
        Files.writeString(mapping, """
                name: shop
                source: { type: oracle, jdbc-url: "jdbc:oracle:thin:@//db:1521/ORCLPDB1", username: CUTOVER, password: "${env:SOURCE_PASSWORD}", schema: SHOP }
                target:
                  dialect: mariadb
                  shards:
                    - { name: s0, jdbc-url: "jdbc:mariadb://10.0.0.1:3306/shop_0", username: app, password: "%s" }
                    - { name: s1, jdbc-url: "jdbc:mariadb://10.0.0.2:3306/shop_1", username: app, password: "${env:SOURCE_PASSWORD}" }
                tables:
                  - { source: ORDERS, target: orders, shard-by: { column: CUSTOMER_ID, algorithm: mod, tables-per-shard: 4 } }
                  - { source: ORDER_ITEMS, shard-by: { columns: [ORDER_ID, LINE_NO], algorithm: hash, tables-per-shard: 16, physical-name: "order_items_{index:2}" } }
                  - { source: COUNTRIES, broadcast: true }
                  - { source: SETTINGS, shard: s1 }
                  - { source: AUDIT_LOG, exclude: true }
                """.formatted(SECRET));
        CliRun run = CliRun.of(ENV, "plan", "validate", "-f", mapping.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("mod(CUSTOMER_ID), 8 physical tables: s0: orders_0..orders_3; s1: orders_4..orders_7"),
                run.out());
        assertTrue(run.out().contains("s0: order_items_00..order_items_15; s1: order_items_16..order_items_31"), run.out());
        assertTrue(run.out().contains("broadcast to every shard: s0, s1"), run.out());
        assertTrue(run.out().contains("single table on s1"), run.out());
        assertTrue(run.out().contains("AUDIT_LOG") && run.out().contains("excluded"), run.out());
        assertFalse(run.out().contains(SECRET));

        CliRun json = CliRun.of(ENV, "plan", "validate", "--json", "-f", mapping.toString());
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"orders_7\""), json.out());
        assertFalse(json.out().contains(SECRET));
    }

    @Test
    void unreachableEndpointsAreReportedWithoutSecrets(@TempDir Path dir) throws IOException {
        Path mapping = dir.resolve("down.yaml");
        // port 1 on loopback refuses connections at once
        Files.writeString(mapping, """
                name: down
                source: { type: postgresql, jdbc-url: "jdbc:postgresql://127.0.0.1:1/x?password=%s", username: u, password: "${env:SOURCE_PASSWORD}" }
                target:
                  dialect: mariadb
                  shards:
                    - { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/x", username: app, password: "%s" }
                tables: []
                """.formatted(SECRET, SECRET));
        CliRun run = CliRun.of(ENV, "plan", "validate", "--connect", "-f", mapping.toString());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("source   UNREACHABLE"), run.out());
        assertTrue(run.out().contains("s0       UNREACHABLE"), run.out());
        assertFalse((run.out() + run.err()).contains(SECRET), run.out() + run.err());

        CliRun json = CliRun.of(ENV, "plan", "validate", "--connect", "--json", "-f", mapping.toString());
        assertEquals(3, json.exitCode());
        assertTrue(json.out().contains("\"reachable\" : false"), json.out());
        assertFalse((json.out() + json.err()).contains(SECRET), json.out() + json.err());
    }
}
