package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    private static final String SHOP = "../mappings/src/test/resources/ddl/shop-oracle.sql";
    private static final String SHOP_MAPPING = "../mappings/src/test/resources/assess/shop.yaml";
    private static final String CLEAN = "CREATE TABLE t (id NUMBER(10) PRIMARY KEY, name VARCHAR2(40 CHAR));\n"
            + "CREATE OR REPLACE PROCEDURE p IS BEGIN IF 1 < 2 THEN NULL; END IF; END;\n/\n";

    @Test
    void cleanDdlExitsZero(@TempDir Path dir) throws IOException {
        Path ddl = Files.writeString(dir.resolve("clean.sql"), CLEAN);
        CliRun run = CliRun.of("assess", "--ddl", ddl.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(ddl + ": 1 table, 2 columns, 0 indexes, 0 sequences, 1 constraint, 1 manual object, "
                + "0 skipped statements (target mysql). Migration level B-3, estimated effort 0.5 person-days",
                run.out().lines().findFirst().orElseThrow());
        assertEquals("", run.err());
    }

    @Test
    void skippedStatementExitsOne() {
        CliRun run = CliRun.of("assess", "--ddl", SHOP);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(SHOP + ": 10 tables, 72 columns, "), run.out());
        assertTrue(run.out().contains(SHOP + ":201:3: constraint CATEGORY_PARENT_FK is DISABLED"), run.out());
    }

    @Test
    void emptyFileExitsTwoWithOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path ddl = Files.writeString(dir.resolve("empty.sql"), "  \n");
        CliRun run = CliRun.of("assess", "--ddl", ddl.toString());
        assertEquals(2, run.exitCode());
        assertEquals("cutover: " + ddl + ": the DDL input is empty; expected an Oracle DDL export (SQL Developer or "
                + "DBMS_METADATA.GET_DDL output)", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void binaryFileExitsTwoWithOneLineNamingIt(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path ddl = Files.write(dir.resolve("dump.dmp"), bytes);
        CliRun run = CliRun.of("assess", "--ddl", ddl.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("cutover: " + ddl + ": this is binary data, not SQL text"), run.err());
    }

    @Test
    void missingFileExitsTwo(@TempDir Path dir) {
        Path ddl = dir.resolve("nope.sql");
        CliRun run = CliRun.of("assess", "--ddl", ddl.toString());
        assertEquals(2, run.exitCode());
        assertEquals("cutover: " + ddl + ": cannot read the DDL file: no such file or directory; check the path given "
                + "with --ddl", run.err().strip());
    }

    @Test
    void writesHtmlFileAndSaysWhere(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        CliRun run = CliRun.of("assess", "--ddl", SHOP, "--format", "html", "-o", html.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("wrote " + html + " (html assessment of " + SHOP + ", migration level B-5)", run.out().strip());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("ORDER_API"), page);
    }

    @Test
    void jsonParsesWithTheSameNumbers() throws IOException {
        CliRun run = CliRun.of("assess", "--ddl", SHOP, "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(10, report.at("/counts/tables").asInt());
        assertEquals(72, report.at("/counts/columns").asInt());
        assertEquals(1, report.at("/counts/manualObjects/PACKAGE_BODY").asInt());
        assertEquals("B", report.at("/level/letter").asText());
        assertEquals(5, report.at("/level/number").asInt());
        assertEquals(2.0, report.at("/effort/personDays").asDouble());
        assertEquals(14, report.at("/manualObjects/0/score").asInt());
        assertEquals("ORACLE_PACKAGE", report.at("/manualObjects/0/constructs/0/construct").asText());
        assertEquals(201, report.at("/skipped/0/location/line").asInt());
        assertEquals("LOSSY", report.at("/columns/3/classification").asText());
    }

    @Test
    void mappingGivesPlacementsAndDialectWhichToOverrides() {
        CliRun run = CliRun.of("assess", "--ddl", SHOP, "-f", SHOP_MAPPING);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("(target mariadb)"), run.out());
        assertTrue(run.out().contains("\n  CATEGORY     -          needs-work"), run.out());
        assertTrue(run.out().contains("\n  AUDIT_LOG    excluded   excluded"), run.out());
        CliRun pg = CliRun.of("assess", "--ddl", SHOP, "-f", SHOP_MAPPING, "--to", "PostgreSQL");
        assertTrue(pg.out().contains("(target postgresql)"), pg.out());
    }

    @Test
    void unknownDialectIsAnOptionError() {
        CliRun run = CliRun.of("assess", "--ddl", SHOP, "--to", "db2");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown dialect 'db2'; expected one of mysql, mariadb, oceanbase-mysql, tidb, "
                + "postgresql"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
