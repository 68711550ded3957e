package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cutover.connect.CutoverSinkTask;
import io.cutover.connect.SinkConfig;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cutover connect status}: the Cutover sink task applies Debezium-shaped records of two topic partitions
 * into two real MariaDB shards, then the command shows them per shard and partition, with the connectors'
 * states from the Connect REST API (served here from answers shaped as Connect 4.1 gives them).
 */
@Servers(mariadb = 2)
class ConnectStatusTest {
    private static final String SECRET_VARIABLE = "SHARD_PASSWORD";
    private static final String SECRET = "st4tus-Secret-9931";
    private static final String USER = "sinkstatus";
    private static final String TOPIC = "cutover_shop.public.orders";
    private static final Schema KEY = SchemaBuilder.struct().field("id", Schema.INT64_SCHEMA).build();
    private static final Schema ROW = SchemaBuilder.struct().name(TOPIC + ".Value").field("id", Schema.INT64_SCHEMA)
            .field("note", Schema.OPTIONAL_STRING_SCHEMA).optional().build();
    private static final Schema SOURCE = SchemaBuilder.struct().name("io.debezium.connector.postgresql.Source")
            .field("version", Schema.STRING_SCHEMA).field("connector", Schema.STRING_SCHEMA)
            .field("name", Schema.STRING_SCHEMA).field("ts_ms", Schema.INT64_SCHEMA)
            .field("snapshot", Schema.OPTIONAL_STRING_SCHEMA).field("db", Schema.STRING_SCHEMA)
            .field("sequence", Schema.OPTIONAL_STRING_SCHEMA).field("schema", Schema.STRING_SCHEMA)
            .field("table", Schema.STRING_SCHEMA).field("txId", Schema.OPTIONAL_INT64_SCHEMA)
            .field("lsn", Schema.OPTIONAL_INT64_SCHEMA).build();
    private static final Schema ENVELOPE = SchemaBuilder.struct().name(TOPIC + ".Envelope").field("before", ROW)
            .field("after", ROW).field("source", SOURCE).field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA).build();
    private static final String FAILED_TRACE = "org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask"
            + " due to unrecoverable exception.\n\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages"
            + "(WorkerSinkTask.java:636)\nCaused by: org.apache.kafka.connect.errors.ConnectException: " + TOPIC
            + "-1: source TRUNCATE of table orders\n\tat io.cutover.connect.CutoverSinkTask.put(CutoverSinkTask.java:48)\n";

    @TempDir
    Path dir;

    @Test
    void showsThePositionsOfEveryPartitionOnEveryShardAndTheConnectorsStates(SandboxCluster cluster) throws Exception {
        Path mapping = mapping(cluster);
        Map<String, String> env = Map.of(SECRET_VARIABLE, SECRET);
        CutoverSinkTask task = new CutoverSinkTask();
        task.start(Map.of(SinkConfig.MAPPING_FILE, mapping.toString(), SinkConfig.ENV_PREFIX + SECRET_VARIABLE, SECRET));
        List<SinkRecord> records = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            records.add(insert((int) (id % 2), id, 1000 + id));
        }
        task.put(records);
        task.stop();

        HttpServer connect = connect();
        try {
            String url = "http://127.0.0.1:" + connect.getAddress().getPort();
            CliRun text = CliRun.of(env, "connect", "status", "-f", mapping.toString(), "--connect-url", url);

            assertEquals(1, text.exitCode(), "a failed task: " + text.out() + text.err());
            assertTrue(text.out().startsWith("sink shop: 30 changes applied over 4 shard partition positions"), text.out());
            for (String shard : List.of("s0", "s1")) {
                for (int p = 0; p < 2; p++) {
                    assertTrue(text.out().matches("(?s).*\\n" + shard + " +" + TOPIC + "/" + p + " +\\d+ +\\d+\\.\\d s +lsn:.*"),
                            shard + " " + p + " in\n" + text.out());
                }
            }
            assertTrue(text.out().contains("cutover_shop-source") && text.out().contains("cutover_shop-sink"), text.out());
            assertTrue(text.out().matches("(?s).*\\n  task 1 +FAILED +10\\.0\\.0\\.2:8083  "
                    + "org\\.apache\\.kafka\\.connect\\.errors\\.ConnectException: " + TOPIC + "-1: source TRUNCATE.*"),
                    "the cause of the failure in\n" + text.out());

            CliRun both = CliRun.of(env, "connect", "status", "-f", mapping.toString(), "--connect-url", url, "--json");
            assertEquals(1, both.exitCode(), both.err());
            JsonNode sink = new ObjectMapper().readTree(both.out()).get("connectors").get(1);
            assertEquals("cutover_shop-sink", sink.get("name").asText());
            assertEquals("FAILED", sink.get("tasks").get(1).get("state").asText(), both.out());

            CliRun json = CliRun.of(env, "connect", "status", "-f", mapping.toString(), "--json");
            assertEquals(0, json.exitCode(), json.err());
            JsonNode status = new ObjectMapper().readTree(json.out());
            long rows = 0;
            for (JsonNode shard : status.get("shards")) {
                for (JsonNode p : shard.get("partitions")) {
                    assertEquals(TOPIC, p.get("topic").asText());
                    rows += p.get("rowsApplied").asLong();
                }
            }
            assertEquals(30, rows, json.out());
            assertEquals(0, status.get("connectors").size(), "no --connect-url, no connectors");
            for (CliRun run : List.of(text, both, json)) {
                assertFalse((run.out() + run.err()).contains(SECRET), "the shard password is never shown");
            }
        } finally {
            connect.stop(0);
        }
    }

    @Test
    void anUnreachableConnectIsExit3AfterTheShardPositions(SandboxCluster cluster) throws Exception {
        Path mapping = mapping(cluster);
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }

        CliRun run = CliRun.of(Map.of(SECRET_VARIABLE, SECRET), "connect", "status", "-f",
                mapping.toString(), "--connect-url", "http://127.0.0.1:" + closed);

        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("s0           (nothing applied yet)"), run.out());
        assertTrue(run.err().startsWith("cutover: Kafka Connect at http://127.0.0.1:" + closed + "/ did not answer"),
                run.err());
    }

    /** Two fresh shard databases, each with one table orders, rows hashed on id, reached as a user of our own. */
    private Path mapping(SandboxCluster cluster) throws Exception {
        StringBuilder y = new StringBuilder("name: shop\nsource: { type: postgresql, jdbc-url:"
                + " \"jdbc:postgresql://127.0.0.1:5432/shop\", username: cutover, password: unused }\n"
                + "target:\n  dialect: mariadb\n  shards:\n");
        for (int s = 0; s < 2; s++) {
            DatabaseServer m = cluster.mariadb(s);
            String db = "status_" + Long.toString(System.nanoTime(), 36);
            m.createDatabase(db);
            try (var c = java.sql.DriverManager.getConnection(m.jdbcUrl(db), m.username(), m.password());
                 var st = c.createStatement()) {
                st.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT)");
                st.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + SECRET + "'");
                st.execute("GRANT ALL ON *.* TO '" + USER + "'@'%'");
            }
            y.append("    - { name: s").append(s).append(", jdbc-url: \"").append(m.jdbcUrl(db)).append("\", username: ")
                    .append(USER).append(", password: \"${env:" + SECRET_VARIABLE + "}\" }\n");
        }
        y.append("tables: [ { source: orders, shard-by: { column: id, algorithm: hash } } ]\n");
        Path file = dir.resolve("shop-" + System.nanoTime() + ".yaml");
        Files.writeString(file, y);
        return file;
    }

    /** An insert as Debezium's PostgreSQL connector writes it to Kafka. */
    private static SinkRecord insert(int partition, long id, long lsn) {
        Struct source = new Struct(SOURCE).put("version", "3.5.0.Final").put("connector", "postgresql")
                .put("name", "cutover_shop").put("ts_ms", System.currentTimeMillis()).put("snapshot", "false")
                .put("db", "shop").put("schema", "public").put("table", "orders")
                .put("sequence", "[\"" + (lsn - 1) + "\",\"" + lsn + "\"]").put("txId", lsn).put("lsn", lsn);
        Struct value = new Struct(ENVELOPE).put("after", new Struct(ROW).put("id", id).put("note", "n" + id))
                .put("source", source).put("op", "c").put("ts_ms", System.currentTimeMillis());
        return new SinkRecord(TOPIC, partition, KEY, new Struct(KEY).put("id", id), ENVELOPE, value, id);
    }

    /** Connect's REST API answering the two connectors' status: the source runs, one sink task failed. */
    private static HttpServer connect() throws Exception {
        Map<String, String> answers = Map.of(
                "/connectors/cutover_shop-source/status", """
                        {"name":"cutover_shop-source","connector":{"state":"RUNNING","worker_id":"10.0.0.1:8083"},
                         "tasks":[{"id":0,"state":"RUNNING","worker_id":"10.0.0.1:8083"}],"type":"source"}""",
                "/connectors/cutover_shop-sink/status", """
                        {"name":"cutover_shop-sink","connector":{"state":"RUNNING","worker_id":"10.0.0.1:8083"},
                         "tasks":[{"id":0,"state":"RUNNING","worker_id":"10.0.0.1:8083"},
                                  {"id":1,"state":"FAILED","worker_id":"10.0.0.2:8083","trace":%s}],"type":"sink"}"""
                        .formatted(new ObjectMapper().writeValueAsString(FAILED_TRACE)));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/connectors/", exchange -> {
            String body = answers.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body != null ? body : "{\"error_code\":404,\"message\":\"not found\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body != null ? 200 : 404, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
