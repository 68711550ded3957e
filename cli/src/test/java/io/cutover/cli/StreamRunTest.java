package io.cutover.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cutover stream} in its own process from a PostgreSQL source into two MariaDB shards: metrics while it
 * runs, SIGTERM stops it with exit 0, then {@code cutover stream status} as text and JSON.
 */
@Servers(postgres = 1, mariadb = 2)
class StreamRunTest {
    private static final Pattern METRICS = Pattern.compile("metrics: (http://\\S+)");

    @Test
    void streamsUntilSigtermThenStatusShowsEveryShardAndTable(SandboxCluster servers, @TempDir Path dir) throws Exception {
        String db = "cli_" + Long.toString(System.nanoTime(), 36);
        DatabaseServer pg = servers.postgres(0);
        pg.createDatabase(db);
        exec(pg, db, "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note TEXT)",
                "ALTER TABLE orders REPLICA IDENTITY FULL", // updates carry the shard key of the old row
                "INSERT INTO orders SELECT g, g % 97, 'before ' || g FROM generate_series(1, 500) g");
        StringBuilder shards = new StringBuilder();
        for (int s = 0; s < 2; s++) {
            DatabaseServer m = servers.mariadb(s);
            m.createDatabase(db);
            for (int t = s * 2; t < s * 2 + 2; t++) {
                exec(m, db, "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note TEXT)");
            }
            shards.append("    - { name: s").append(s).append(", jdbc-url: \"").append(m.jdbcUrl(db))
                    .append("\", username: cutover, password: cutover }\n");
        }
        servers.mariadb(0).createDatabase(db + "_state");
        Path mapping = dir.resolve("shop.yaml");
        Files.writeString(mapping, "name: shop\nsource: { type: postgresql, jdbc-url: \"" + pg.jdbcUrl(db)
                + "\", username: cutover, password: cutover, schema: public }\n"
                + "target:\n  dialect: mariadb\n  shards:\n" + shards
                + "tables: [ { source: orders, shard-by: { column: customer_id, algorithm: hash, tables-per-shard: 2 } } ]\n"
                + "stream:\n  state: { jdbc-url: \"" + servers.mariadb(0).jdbcUrl(db + "_state")
                + "\", username: cutover, password: cutover }\n  batch-size: 200\n");
        Path log = dir.resolve("stream.out");

        Process stream = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "stream", "-f", mapping.toString(), "--metrics-port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> Files.readString(log).contains("metrics: "));
            await().atMost(Duration.ofMinutes(2)).until(() -> count(servers, db) == 500); // the snapshot
            exec(pg, db, "INSERT INTO orders SELECT g, g % 89, 'after ' || g FROM generate_series(501, 800) g",
                    "UPDATE orders SET note = 'updated' WHERE id <= 100");
            try {
                // the snapshot's 500 rows, 300 inserts, 100 updates (the clears before the snapshot are not changes)
                await().atMost(Duration.ofMinutes(2)).until(() -> applied(mapping) == 900);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("applied " + applied(mapping) + "; stream output:\n" + Files.readString(log), e);
            }

            Matcher url = METRICS.matcher(Files.readString(log));
            assertTrue(url.find());
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(metrics.contains("cutover_stream_changes_total{job=\"shop\",shard=\"s0\"}"), metrics);
            assertTrue(url.group(1).startsWith("http://127.0.0.1:"), url.group(1));
        } finally {
            stream.destroy(); // SIGTERM
            assertTrue(stream.waitFor(60, TimeUnit.SECONDS));
        }
        String out = Files.readString(log);
        assertEquals(0, stream.exitValue(), out);
        assertTrue(out.contains("stopped: 900 changes applied"), out);
        assertTrue(!out.contains("\r"), "plain lines when stdout is not a terminal: " + out);

        CliRun text = CliRun.of("stream", "status", "-f", mapping.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("stream shop\n"), text.out());
        for (String name : List.of("s0 ", "s1 ", "orders_0 ", "orders_1 ", "orders_2 ", "orders_3 ")) {
            assertTrue(text.out().contains(name), name + " in\n" + text.out());
        }

        CliRun json = CliRun.of("stream", "status", "-f", mapping.toString(), "--json");
        JsonNode status = new ObjectMapper().readTree(json.out());
        long shardRows = 0;
        for (JsonNode shard : status.get("shards")) {
            shardRows += shard.get("rowsApplied").asLong();
            assertTrue(shard.get("position").asText().startsWith("lsn:"), shard.toString());
        }
        long tableRows = 0;
        for (JsonNode table : status.get("tables")) {
            tableRows += table.get("rowsApplied").asLong();
        }
        assertEquals(900, shardRows, json.out());
        assertEquals(900, tableRows, json.out());
        assertEquals(800, count(servers, db));
    }

    private static long applied(Path mapping) throws Exception {
        JsonNode status = new ObjectMapper().readTree(CliRun.of("stream", "status", "-f", mapping.toString(), "--json").out());
        long sum = 0;
        for (JsonNode shard : status.get("shards")) {
            sum += shard.get("rowsApplied").asLong();
        }
        return sum;
    }

    private static long count(SandboxCluster servers, String db) throws SQLException {
        long n = 0;
        for (int s = 0; s < 2; s++) {
            for (int t = s * 2; t < s * 2 + 2; t++) {
                try (Connection c = DriverManager.getConnection(servers.mariadb(s).jdbcUrl(db), "cutover", "cutover");
                     Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM orders_" + t)) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }

    private static void exec(DatabaseServer server, String db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), server.username(), server.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
