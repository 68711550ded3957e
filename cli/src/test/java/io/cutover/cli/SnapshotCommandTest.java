package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cutover snapshot} from a PostgreSQL source (exported snapshot of the stream's slot) into a MariaDB
 * shard: JSON output, the rows copied (LOAD DATA, a deferred index built at the end), a rerun that copies
 * nothing, and bad options.
 */
@Servers(postgres = 1, mariadb = 1)
class SnapshotCommandTest {
    private static final String PG_SECRET = "pg-Secret-4711";
    private static final String MARIA_SECRET = "maria-Secret-0815";

    @Test
    void copiesAtTheSlotsPointThenARerunCopiesNothing(SandboxCluster servers, @TempDir Path dir) throws Exception {
        DatabaseServer pg = servers.postgres(0);
        DatabaseServer maria = servers.mariadb(0);
        pg.createDatabase("shop");
        maria.createDatabase("s0");
        maria.createDatabase("state");
        exec(pg.jdbcUrl("shop"), pg, "CREATE ROLE snap LOGIN SUPERUSER REPLICATION PASSWORD '" + PG_SECRET + "'");
        exec(maria.jdbcUrl("s0"), maria, "CREATE USER 'snap'@'%' IDENTIFIED BY '" + MARIA_SECRET + "'",
                "GRANT ALL ON *.* TO 'snap'@'%'");
        exec(pg.jdbcUrl("shop"), pg, "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT)",
                "INSERT INTO orders SELECT g - 500, 'note ' || g FROM generate_series(1, 3000) g",
                "CREATE TABLE empty_t (code VARCHAR(10) PRIMARY KEY)");
        exec(maria.jdbcUrl("s0"), maria, "CREATE TABLE orders (id BIGINT PRIMARY KEY, note LONGTEXT, KEY ix_note (note(20)))",
                "CREATE TABLE empty_t (code VARCHAR(10) PRIMARY KEY)");
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, "name: shop\nsource: { type: postgresql, jdbc-url: \"" + pg.jdbcUrl("shop")
                + "\", username: snap, password: \"${env:PG_PW}\", schema: public }\n"
                + "target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: \"" + maria.jdbcUrl("s0")
                + "\", username: snap, password: \"${env:MARIA_PW}\" } ] }\n"
                + "tables: [ { source: orders }, { source: empty_t } ]\n"
                + "stream: { state: { jdbc-url: \"" + maria.jdbcUrl("state") + "\", username: snap,"
                + " password: \"${env:MARIA_PW}\" } }\n");
        Map<String, String> env = Map.of("PG_PW", PG_SECRET, "MARIA_PW", MARIA_SECRET);

        CliRun run = CliRun.of(env, "snapshot", "-f", file.toString(), "--json", "--parallel", "2", "--defer-indexes");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("FINISHED", result.get("outcome").asText());
        assertEquals("POSTGRES_EXPORTED_SNAPSHOT", result.get("method").asText());
        assertTrue(result.get("point").asText().matches("lsn [0-9A-F]+/[0-9A-F]+ \\(slot cutover_shop\\)"), run.out());
        assertEquals(3000, result.get("tables").get(0).get("rowsDone").asLong());
        String notes = result.get("notes").toString();
        assertTrue(notes.contains("writes: LOAD DATA LOCAL INFILE"), notes);
        assertTrue(notes.contains("indexes: built 1 deferred indexes on 1 physical tables in "), notes);
        assertEquals(1, count(maria.jdbcUrl("s0"), maria, "SELECT COUNT(*) FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = 's0' AND INDEX_NAME = 'ix_note'"));
        assertEquals(3000, count(maria.jdbcUrl("s0"), maria, "SELECT COUNT(*) FROM orders WHERE id <= 0 OR id > 0"));
        assertEquals(1, count(pg.jdbcUrl("shop"), pg, "SELECT COUNT(*) FROM pg_replication_slots WHERE slot_name = 'cutover_shop'"));

        CliRun again = CliRun.of(env, "snapshot", "-f", file.toString());

        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("nothing to copy"), again.out());
        for (String text : new String[] {run.out(), run.err(), again.out(), again.err()}) {
            assertTrue(!text.contains(PG_SECRET) && !text.contains(MARIA_SECRET), text);
        }
    }

    @Test
    void refusesAParallelismBelowOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, """
                name: shop
                source: { type: postgresql, jdbc-url: "jdbc:postgresql://127.0.0.1:1/shop", username: u }
                target: { dialect: mariadb, shards: [ { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/s0", username: u } ] }
                tables: [ { source: orders } ]
                """);

        CliRun run = CliRun.of("snapshot", "-f", file.toString(), "--parallel", "0");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--parallel must be at least 1, got 0"), run.err());
    }

    @Test
    void refusesAnUnknownWriteMode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, "name: shop\n");

        CliRun run = CliRun.of("snapshot", "-f", file.toString(), "--write", "copy");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("Invalid value for option '--write': expected auto or insert, found 'copy'"),
                run.err());
    }

    private static void exec(String url, DatabaseServer server, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
             Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static long count(String url, DatabaseServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
