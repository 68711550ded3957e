package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewriteCommandTest {
    /** The rewrite module's routing plan: 2 shards, ORDERS mod 4 by CUSTOMER_ID, COUNTRIES broadcast. */
    private static final Path SHOP = Path.of("../rewrite/src/test/resources/routing/shop.yaml");

    @TempDir
    Path dir;

    private Path sql(String text) throws IOException {
        Path f = dir.resolve("app.sql");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void translatesEveryStatement() throws IOException {
        Path f = sql("SELECT NVL(name, '-') FROM emp WHERE ROWNUM <= 10;\nSELECT SYSDATE FROM dual;\n");
        CliRun run = CliRun.of("rewrite", "--to", "mariadb", "--file", f.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("SELECT COALESCE(name, '-') FROM emp\nLIMIT 10;"), run.out());
        assertTrue(run.out().contains("-- rules: ROWNUM to row limit, NVL to COALESCE"), run.out());
        assertTrue(run.out().endsWith("2 statement(s) for mariadb: 2 translated, 0 not translated\n"), run.out());
    }

    @Test
    void ddlGivesTheColumnTypesForDateArithmetic() throws IOException {
        Path ddl = dir.resolve("schema.sql");
        Files.writeString(ddl, "CREATE TABLE emp (emp_id NUMBER(10) PRIMARY KEY, hire_date DATE);\n"
                + "CREATE TABLE broken (;\n", StandardCharsets.UTF_8);
        Path f = sql("SELECT emp_id, hire_date + 1 FROM emp;\n"
                + "MERGE INTO emp e USING (SELECT :id AS emp_id, :d AS hire_date FROM dual) s ON (e.emp_id = s.emp_id) "
                + "WHEN MATCHED THEN UPDATE SET e.hire_date = s.hire_date "
                + "WHEN NOT MATCHED THEN INSERT (emp_id, hire_date) VALUES (s.emp_id, s.hire_date);\n");
        CliRun run = CliRun.of("rewrite", "--to", "mariadb", "--ddl", ddl.toString(), "--file", f.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("SELECT emp_id, (hire_date + INTERVAL 1 DAY) FROM emp;\n"), run.out());
        assertTrue(run.out().contains("date +/- days"), run.out());
        assertTrue(run.out().contains("ON DUPLICATE KEY UPDATE hire_date = VALUES(hire_date)"), run.out());
        assertTrue(run.err().contains("schema statement skipped, its columns are unknown to rewrite: " + ddl + ":2"),
                run.err());
    }

    @Test
    void dateArithmeticWithoutACatalogIsWarnedAbout() throws IOException {
        Path f = sql("SELECT emp_id, hire_date + 1 FROM emp;\n");
        CliRun run = CliRun.of("rewrite", "--to", "mariadb", "--file", f.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().startsWith("SELECT emp_id, hire_date + 1 FROM emp;\n"), run.out());
        assertTrue(run.out().contains("date + ?: no catalog: if hire_date is a DATE, Oracle adds days but the target "
                + "adds numbers; passed through as a number"), run.out());
        assertTrue(run.out().contains("--ddl FILE or --from-source"), run.out());
    }

    @Test
    void fromSourceNeedsTheMappingFileAndExcludesDdl() throws IOException {
        Path f = sql("SELECT 1 FROM dual;\n");
        CliRun run = CliRun.of("rewrite", "--to", "mariadb", "--from-source", "--file", f.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("--from-source reads the source database named in a mapping file; "
                + "give the file with -f"), run.err());
        run = CliRun.of("rewrite", "--to", "mariadb", "--from-source", "--ddl", "x.sql", "--file", f.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("mutually exclusive"), run.err());
    }

    @Test
    void untranslatableStatementIsListedWithLineColumnAndSuggestionAndExitsOne() throws IOException {
        Path f = sql("SELECT 1 FROM dual;\n\n  SELECT SOUNDEX(name)\n  FROM emp;\n");
        CliRun run = CliRun.of("rewrite", "--to", "postgresql", "--file", f.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("-- not translated: SELECT SOUNDEX(name)"), run.out());
        assertTrue(run.out().contains("-- unsupported at 3:10 SOUNDEX()"), run.out());
        assertTrue(run.out().contains("1 not translated"), run.out());
    }

    @Test
    void routesWithTheMappingFile() throws IOException {
        Path f = sql("SELECT * FROM orders WHERE customer_id = 7;\nSELECT * FROM orders WHERE status = 'NEW';\n"
                + "SELECT * FROM orders o WHERE o.customer_id = :c;\n");
        CliRun run = CliRun.of("rewrite", "-f", SHOP.toString(), "--file", f.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("-- route: s1 orders_3\n--   on s1: SELECT * FROM orders_3 AS orders WHERE "
                + "customer_id = 7"), run.out());
        assertTrue(run.out().contains("-- scatter: all shards (4 targets)"), run.out());
        assertTrue(run.out().contains("-- route by bind :c"), run.out());
        assertTrue(run.out().contains("0 not routable with " + SHOP), run.out());
    }

    @Test
    void statementThatCannotBeRoutedExitsOne() throws IOException {
        Path f = sql("UPDATE orders SET customer_id = 8 WHERE customer_id = 9;\n");
        CliRun run = CliRun.of("rewrite", "--to", "mariadb", "-f", SHOP.toString(), "--file", f.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("UPDATE sets shard key column CUSTOMER_ID of ORDERS"), run.out());
    }

    @Test
    void jsonHasRoutesAndCounts() throws IOException {
        Path f = sql("SELECT name FROM customers WHERE customer_id IN (1, 2);\nSELECT SOUNDEX(x) FROM t;\n");
        CliRun run = CliRun.of("rewrite", "-f", SHOP.toString(), "--file", f.toString(), "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("mariadb", root.get("dialect").asText());
        assertEquals(1, root.get("unsupported").asInt());
        JsonNode route = root.get("statements").get(0).get("route");
        assertEquals("ROUTED", route.get("kind").asText());
        assertEquals(2, route.get("targets").size());
        assertEquals("SELECT name FROM customers_2 AS customers WHERE customer_id IN (1, 2)",
                route.get("targets").get(1).get("sql").asText());
        JsonNode issue = root.get("statements").get(1).get("issues").get(0);
        assertEquals(2, issue.get("line").asInt());
        assertEquals("UNSUPPORTED", issue.get("severity").asText());
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("SELECT a FROM t WHERE b = :b".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("rewrite", "--to", "postgresql");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("SELECT a FROM t WHERE b = ?;\n-- binds: b\n"), run.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void unknownDialectIsUnusableInput() throws IOException {
        CliRun run = CliRun.of("rewrite", "--to", "oracle9", "--file", sql("SELECT 1 FROM dual").toString());
        assertEquals(2, run.exitCode());
        assertEquals("cutover: --to oracle9: unknown dialect; use mysql, mariadb, oceanbase-mysql, tidb or postgresql",
                run.err().strip());
    }

    @Test
    void missingOrNonUtf8FileIsUnusableInput() throws IOException {
        Path missing = dir.resolve("nope.sql");
        CliRun run = CliRun.of("rewrite", "--to", "mysql", "--file", missing.toString());
        assertEquals(2, run.exitCode());
        assertEquals("cutover: " + missing + ": no such SQL file", run.err().strip());
        Path latin1 = dir.resolve("latin1.sql");
        Files.write(latin1, new byte[] {'S', 'E', 'L', (byte) 0xE9});
        run = CliRun.of("rewrite", "--to", "mysql", "--file", latin1.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not UTF-8 text"), run.err());
    }

    @Test
    void needsADialectOrAMapping() throws IOException {
        CliRun run = CliRun.of("rewrite", "--file", sql("SELECT 1 FROM dual").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give the target dialect with --to, or a mapping file with -f"), run.err());
        run = CliRun.of("rewrite", "--to", "postgresql", "-f", SHOP.toString(), "--file", sql("SELECT 1").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("targets mariadb, not postgresql"), run.err());
    }

    @Test
    void unknownFormatIsRejected() {
        CliRun run = CliRun.of("rewrite", "--to", "mysql", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'xml' is not a format; use text or json"), run.err());
    }
}
