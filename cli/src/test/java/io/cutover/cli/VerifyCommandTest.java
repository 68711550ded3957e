package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover verify} against a PostgreSQL source and two MariaDB shards (items, mod on id, 1 table per shard). */
@Servers(postgres = 1, mariadb = 2)
class VerifyCommandTest {

    @Test
    void exitCodesReportsAndRepair(SandboxCluster servers, @TempDir Path dir) throws Exception {
        String src = database(servers.postgres(0), "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO items SELECT g, 'n' || g FROM generate_series(1, 40) g");
        String s0 = database(servers.mariadb(0), "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO items SELECT seq, CONCAT('n', seq) FROM seq_2_to_40_step_2");
        String s1 = database(servers.mariadb(1), "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(20))",
                "INSERT INTO items SELECT seq, CONCAT('n', seq) FROM seq_1_to_39_step_2");
        DatabaseServer pg = servers.postgres(0);
        DatabaseServer m0 = servers.mariadb(0);
        Path mapping = Files.writeString(dir.resolve("m.yaml"), "name: cli_verify\n"
                + "source: { type: postgresql, jdbc-url: \"" + pg.jdbcUrl(src) + "\", username: " + pg.username()
                + ", password: \"${env:SRC_PASSWORD}\", schema: public }\n"
                + "target:\n  dialect: mariadb\n  shards:\n"
                + "    - { name: s0, jdbc-url: \"" + m0.jdbcUrl(s0) + "\", username: " + m0.username() + ", password: \""
                + m0.password() + "\" }\n"
                + "    - { name: s1, jdbc-url: \"" + servers.mariadb(1).jdbcUrl(s1) + "\", username: "
                + servers.mariadb(1).username() + ", password: \"" + servers.mariadb(1).password() + "\" }\n"
                + "tables:\n  - { source: items, target: items, shard-by: { column: id, algorithm: mod } }\n");
        java.util.Map<String, String> env = java.util.Map.of("SRC_PASSWORD", pg.password());

        CliRun equal = CliRun.of(env, "verify", "-f", mapping.toString());
        assertEquals(0, equal.exitCode(), equal.err());
        assertTrue(equal.out().contains("source and target are equal"), equal.out());

        exec(m0, s0, "DELETE FROM items WHERE id = 4");
        CliRun json = CliRun.of(env, "verify", "-f", mapping.toString(), "--format", "json", "--mode", "ROWS");
        assertEquals(1, json.exitCode(), json.err());
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertEquals("MISSING", result.at("/tables/0/samples/0/kind").asText());
        assertEquals("id=4", result.at("/tables/0/samples/0/key").asText());
        assertFalse(json.out().contains(pg.password()), "no credentials in the report");

        Path html = dir.resolve("report.html");
        CliRun printed = CliRun.of(env, "verify", "-f", mapping.toString(), "--repair", "print", "--format", "html",
                "-o", html.toString());
        assertEquals(1, printed.exitCode(), printed.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<td>missing</td><td>items</td><td>id=4</td><td>s0.items</td>"), page);
        assertTrue(page.contains("<th>in flight</th>"), page);
        assertTrue(page.contains("INSERT INTO `items` (`id`,`name`) VALUES (4,&#39;n4&#39;)")
                || page.contains("INSERT INTO `items` (`id`,`name`) VALUES (4,'n4')"), page);

        CliRun applied = CliRun.of(env, "verify", "-f", mapping.toString(), "--repair", "apply");
        assertEquals(1, applied.exitCode(), applied.err());
        assertTrue(applied.out().contains("repaired shard s0: 1 statement(s)"), applied.out());
        assertEquals(0, CliRun.of(env, "verify", "-f", mapping.toString(), "--restart").exitCode());

        CliRun noStream = CliRun.of(env, "verify", "-f", mapping.toString(), "--max-lag", "5");
        assertEquals(2, noStream.exitCode());
        assertTrue(noStream.err().contains("live verification needs the stream of job cli_verify, but no shard has a"
                + " position for it"), noStream.err());
        CliRun continuous = CliRun.of(env, "verify", "-f", mapping.toString(), "--continuous", "--interval", "1");
        assertEquals(2, continuous.exitCode());
        assertTrue(continuous.err().contains("live verification needs the stream of job cli_verify"), continuous.err());
        CliRun htmlRounds = CliRun.of(env, "verify", "-f", mapping.toString(), "--continuous", "--format", "html");
        assertEquals(2, htmlRounds.exitCode());
        assertTrue(htmlRounds.err().contains("--continuous --format html needs -o FILE"), htmlRounds.err());

        Path sql = Files.writeString(dir.resolve("app.sql"), "SELECT id, name FROM items WHERE id = 4;\n"
                + "SELECT id, name FROM items WHERE id < 10;\nSELECT MAX(id) FROM items;\nDELETE FROM items;\n");
        CliRun queries = CliRun.of(env, "verify", "queries", "-f", mapping.toString(), "--sql", sql.toString());
        assertEquals(0, queries.exitCode(), queries.err());
        assertTrue(queries.out().contains("1 equal: SELECT id, name FROM items WHERE id = 4  [route: s0 items]"),
                queries.out());
        assertTrue(queries.out().contains("3 not comparable: SELECT MAX(id) FROM items"), queries.out());
        assertTrue(queries.out().contains("4 skipped: DELETE FROM items"), queries.out());
        assertTrue(queries.out().startsWith("source side translated to postgresql: compares routing and sharding, not"
                + " Oracle semantics"), queries.out());
        assertTrue(queries.out().contains("4 statements: 2 compared (2 equal, 0 different), 1 not comparable"
                + " (per-table operation on several tables 1), 0 failed, 1 skipped (not a query 1)"), queries.out());
        exec(m0, s0, "UPDATE items SET name = 'x' WHERE id = 4");
        CliRun differ = CliRun.of(env, "verify", "queries", "-f", mapping.toString(), "--sql", sql.toString(),
                "--format", "json");
        assertEquals(1, differ.exitCode(), differ.err());
        JsonNode rows = new ObjectMapper().readTree(differ.out());
        assertEquals("DIFFERENT", rows.at("/0/outcome").asText());
        assertEquals("DIFFERENT", rows.at("/1/outcome").asText());
        assertEquals(2, rows.at("/0/comparison/differences").size(), "n4 only on the source, x only on the target");
        assertFalse(differ.out().contains(pg.password()), "no credentials in the report");

        CliRun bad = CliRun.of(env, "verify", "-f", mapping.toString(), "--mode", "fast");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown value 'fast'; expected count, checksum or rows"), bad.err());
    }

    private static String database(DatabaseServer server, String... statements) throws SQLException {
        String name = "cli_" + Long.toString(System.nanoTime(), 36);
        server.createDatabase(name);
        exec(server, name, statements);
        return name;
    }

    private static void exec(DatabaseServer server, String database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
