package io.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cutover.connect.CutoverSinkConnector;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutover connect config}: the two connector configurations, their secrets, and posting them. */
class ConnectConfigTest {
    private static final String SOURCE_SECRET = "src-Secret-4711";
    private static final String SHARD_SECRET = "shard-Secret-0815";
    private static final Map<String, String> ENV = Map.of("SOURCE_PASSWORD", SOURCE_SECRET, "SHARD_PASSWORD", SHARD_SECRET);
    private static final String PLAN = """
            name: shop
            source: { type: postgresql, jdbc-url: "jdbc:postgresql://db.example:5433/shop", username: cdc, password: "${env:SOURCE_PASSWORD}" }
            target:
              dialect: mariadb
              shards:
                - { name: s0, jdbc-url: "jdbc:mariadb://127.0.0.1:1/s0", username: u, password: "${env:SHARD_PASSWORD}" }
                - { name: s1, jdbc-url: "jdbc:mariadb://127.0.0.1:2/s1", username: u, password: "${env:SHARD_PASSWORD}" }
            tables:
              - { source: ORDERS, shard-by: { column: CUSTOMER_ID, algorithm: hash } }
              - { source: COUNTRIES, broadcast: true }
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesTheSourceAndSinkConnectorsWithReferencesInsteadOfPasswords() throws Exception {
        Path file = write(PLAN);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(ENV, "connect", "config", "-f", file.toString(), "-o", out.toString(), "--tasks", "3");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode source = JSON.readTree(out.resolve("cutover_shop-source.json").toFile());
        JsonNode sink = JSON.readTree(out.resolve("cutover_shop-sink.json").toFile());
        assertEquals("cutover_shop-source", source.get("name").asText());
        JsonNode sc = source.get("config");
        assertEquals("io.debezium.connector.postgresql.PostgresConnector", sc.get("connector.class").asText());
        assertEquals("db.example", sc.get("database.hostname").asText());
        assertEquals("${env:SOURCE_PASSWORD}", sc.get("database.password").asText());
        assertEquals("true", sc.get("provide.transaction.metadata").asText());
        assertEquals("true", sc.get("value.converter.schemas.enable").asText());
        assertFalse(sc.has("offset.storage") || sc.has("schema.history.internal"), sc.toString());
        JsonNode kc = sink.get("config");
        assertEquals(CutoverSinkConnector.class.getName(), kc.get("connector.class").asText());
        assertEquals("3", kc.get("tasks.max").asText());
        assertEquals(PLAN, kc.get("cutover.mapping.yaml").asText());
        Pattern topics = Pattern.compile(kc.get("topics.regex").asText());
        assertTrue(topics.matcher("cutover_shop.public.orders").matches());
        assertTrue(topics.matcher("cutover_shop.public.countries").matches());
        assertFalse(topics.matcher("cutover_shop.transaction").matches());
        assertFalse(topics.matcher("cutover_shopX.public.orders").matches());
        String all = Files.readString(out.resolve("cutover_shop-source.json")) + Files.readString(
                out.resolve("cutover_shop-sink.json")) + run.out() + run.err();
        assertFalse(all.contains(SOURCE_SECRET) || all.contains(SHARD_SECRET), all);
    }

    @Test
    void theGeneratedSinkConfigurationPassesTheConnectorsOwnValidation() throws Exception {
        CliRun run = CliRun.of(ENV, "connect", "config", "-f", write(PLAN).toString(), "--topic-prefix", "p1");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode sink = JSON.readTree(run.out()).get(1);
        assertEquals("p1-sink", sink.get("name").asText());
        Map<String, String> config = new HashMap<>();
        sink.get("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        config.put("cutover.env.SOURCE_PASSWORD", "x"); // as a worker's config provider would resolve them
        config.put("cutover.env.SHARD_PASSWORD", "y");
        for (ConfigValue v : new CutoverSinkConnector().validate(config).configValues()) {
            assertEquals(List.of(), v.errorMessages(), v.name());
        }
    }

    @Test
    void aFileReferenceBecomesADirectoryProviderReference() throws Exception {
        Path file = write(PLAN.replace("\"${env:SOURCE_PASSWORD}\"", "\"${file:secrets/source}\""));
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/source"), SOURCE_SECRET);

        CliRun run = CliRun.of(ENV, "connect", "config", "-f", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("${dir:" + dir.resolve("secrets").toAbsolutePath() + ":source}",
                JSON.readTree(run.out()).get(0).get("config").get("database.password").asText());
        assertFalse(run.out().contains(SOURCE_SECRET));
    }

    @Test
    void aPasswordWrittenAsTextIsRefusedWithoutShowingIt() throws Exception {
        Path file = write(PLAN.replace("\"${env:SHARD_PASSWORD}\" }\n    - { name: s1", "pw-Literal-1 }\n    - { name: s1"));

        CliRun run = CliRun.of(ENV, "connect", "config", "-f", file.toString());

        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("cutover: " + file + ":6:7: the password of s0 is written as text"), run.err());
        assertFalse(run.out().contains("pw-Literal-1") || run.err().contains("pw-Literal-1"), run.out() + run.err());
    }

    @Test
    void aBinlogOrOracleSourceNeedsTheKafkaForItsSchemaHistory() throws Exception {
        String oracle = PLAN.replace("type: postgresql, jdbc-url: \"jdbc:postgresql://db.example:5433/shop\"",
                "type: oracle, jdbc-url: \"jdbc:oracle:thin:@//ora:1521/SHOP\", schema: APP");
        Path file = write(oracle);

        CliRun refused = CliRun.of(ENV, "connect", "config", "-f", file.toString());
        CliRun run = CliRun.of(ENV, "connect", "config", "-f", file.toString(), "--bootstrap-servers", "kafka:9092");

        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("give --bootstrap-servers"), refused.err());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode sc = JSON.readTree(run.out()).get(0).get("config");
        assertEquals("io.debezium.storage.kafka.history.KafkaSchemaHistory", sc.get("schema.history.internal").asText());
        assertEquals("kafka:9092", sc.get("schema.history.internal.kafka.bootstrap.servers").asText());
        assertTrue(Pattern.compile(JSON.readTree(run.out()).get(1).get("config").get("topics.regex").asText())
                .matcher("cutover_shop.APP.ORDERS").matches());
    }

    @Test
    void applyPutsBothConnectorsToTheRestApi() throws Exception {
        List<String> requests = new ArrayList<>();
        Map<String, JsonNode> bodies = new HashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/connectors/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + path);
                bodies.put(path, JSON.readTree(body));
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(path.contains("-source") ? 201 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            CliRun run = CliRun.of(ENV, "connect", "config", "-f", write(PLAN).toString(), "--apply", url);

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of("PUT /connectors/cutover_shop-source/config", "PUT /connectors/cutover_shop-sink/config"),
                    requests);
            assertEquals("created cutover_shop-source at " + url + "\nupdated cutover_shop-sink at " + url + "\n",
                    run.out().replace(System.lineSeparator(), "\n"));
            assertEquals("${env:SOURCE_PASSWORD}",
                    bodies.get("/connectors/cutover_shop-source/config").get("database.password").asText());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void applyToAConnectThatDoesNotAnswerExits3() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun run = CliRun.of(ENV, "connect", "config", "-f", write(PLAN).toString(), "--apply",
                "http://127.0.0.1:" + port);

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("Kafka Connect at http://127.0.0.1:" + port + "/ did not answer"), run.err());
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, text);
        return file;
    }
}
