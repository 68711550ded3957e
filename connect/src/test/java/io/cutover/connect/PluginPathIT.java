package io.cutover.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.util.clusters.EmbeddedKafkaCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin zip as a Connect worker loads it: {@code target/cutover-connect-plugin.zip} (built by this module's
 * packaging, so this runs after it, under failsafe) unpacked into a {@code plugin.path} directory, and a
 * standalone worker in its own JVM whose class path holds Kafka but neither Cutover, its libraries (apart
 * from the Jackson Connect itself uses) nor Debezium. The connector must be found in the plugin directory, its
 * two tasks must start and apply Debezium-shaped JSON records to two MariaDB shards, and nothing the worker
 * logs at INFO may contain a password of the sink's settings or mapping file.
 */
@Servers(mariadb = 2)
class PluginPathIT {
    private static final String SHARD_SECRET = "plugin-Shard-Secret-5150";
    private static final String SOURCE_SECRET = "plugin-Source-Secret-6160";
    private static final String STATE_SECRET = "plugin-State-Secret-7170";
    private static final String USER = "pluginsink";
    private static final int ROWS = 40;

    @TempDir
    Path dir;

    @Test
    void theWorkerLoadsTheSinkFromThePluginPathAndItsTasksApply(SandboxCluster cluster) throws Exception {
        Shards shards = new Shards(cluster);
        for (int s = 0; s < 2; s++) {
            shards.exec(s, "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + SHARD_SECRET + "'");
            shards.exec(s, "GRANT ALL ON *.* TO '" + USER + "'@'%'");
        }
        String yaml = shards.yaml.replace("username: " + shards.servers.get(0).username(), "username: " + USER)
                + "stream:\n  state: { jdbc-url: \"jdbc:mariadb://127.0.0.1:1/state\", username: s, password: "
                + STATE_SECRET + " }\n";
        Path plugins = unzip(Path.of("target", "cutover-connect-plugin.zip"), dir.resolve("plugins"));

        EmbeddedKafkaCluster kafka = new EmbeddedKafkaCluster(1, new Properties());
        kafka.start();
        Process worker = null;
        Path log = dir.resolve("worker.log");
        try {
            kafka.createTopic(Envelopes.TOPIC, 2);
            produce(kafka);
            int port = freePort();
            worker = startWorker(kafka.bootstrapServers(), plugins, port, yaml, log);
            String rest = "http://127.0.0.1:" + port;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> tasksRunning(rest) == 2);
            JsonNode plugin = null;
            for (JsonNode p : get(rest + "/connector-plugins")) {
                if (p.get("class").asText().equals(CutoverSinkConnector.class.getName())) {
                    plugin = p;
                }
            }
            assertTrue(plugin != null && plugin.get("version").asText().endsWith("-SNAPSHOT"),
                    "found with the version of the packaged jar's manifest: " + plugin);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> shards.dump().size() == ROWS);
            String validated = validate(rest, sinkSettings(yaml));
            assertTrue(validated.contains("\"name\":\"cutover.mapping.yaml\",\"value\":\"[hidden]\""),
                    "Connect masks the mapping text where it shows settings: " + validated);
            for (String secret : List.of(SHARD_SECRET, SOURCE_SECRET, STATE_SECRET)) {
                assertFalse(validated.contains(secret), "a password in Connect's validation answer: " + validated);
            }
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nworker log:\n" + (Files.exists(log) ? Files.readString(log) : ""), e);
        } finally {
            if (worker != null) {
                worker.destroy();
                worker.waitFor(30, TimeUnit.SECONDS);
            }
            kafka.stop();
        }
        String text = Files.readString(log);
        assertTrue(text.contains("cutover-connect") && text.contains("PluginClassLoader"),
                "loaded by a plugin class loader from the plugin directory:\n" + text);
        assertTrue(text.contains("SinkConnectorConfig values") && text.contains("task-thread-cutover-sink-1"),
                "the worker echoes the sink's settings and ran both tasks, so the check below means something:\n" + text);
        for (String secret : List.of(SHARD_SECRET, SOURCE_SECRET, STATE_SECRET)) {
            assertFalse(text.contains(secret), "a password is in the worker's log:\n" + text);
        }
    }

    /** Debezium-shaped inserts of both partitions as Debezium's JsonConverter with schemas writes them. */
    private static void produce(EmbeddedKafkaCluster kafka) {
        JsonConverter keys = new JsonConverter();
        keys.configure(Map.of("schemas.enable", "true"), true);
        JsonConverter values = new JsonConverter();
        values.configure(Map.of("schemas.enable", "true"), false);
        for (long id = 1; id <= ROWS; id++) {
            SinkRecord r = Envelopes.change((int) (id % 2), id, "c", null, Envelopes.row(id, id * 5, "p" + id), 100 + id);
            kafka.produce(Envelopes.TOPIC, r.kafkaPartition(),
                    new String(keys.fromConnectData(r.topic(), r.keySchema(), r.key()), StandardCharsets.UTF_8),
                    new String(values.fromConnectData(r.topic(), r.valueSchema(), r.value()), StandardCharsets.UTF_8));
        }
    }

    private Process startWorker(String bootstrap, Path plugins, int port, String yaml, Path log) throws IOException {
        Properties worker = new Properties();
        worker.put("bootstrap.servers", bootstrap);
        worker.put("listeners", "http://127.0.0.1:" + port);
        worker.put("plugin.path", plugins.toString());
        worker.put("plugin.discovery", "service_load");
        worker.put("offset.storage.file.filename", dir.resolve("offsets").toString());
        worker.put("offset.flush.interval.ms", "1000");
        worker.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        Properties sink = new Properties();
        sink.putAll(sinkSettings(yaml));
        Path workerFile = dir.resolve("worker.properties");
        Path sinkFile = dir.resolve("sink.properties");
        try (OutputStream w = Files.newOutputStream(workerFile); OutputStream s = Files.newOutputStream(sinkFile)) {
            worker.store(w, null);
            sink.store(s, null);
        }
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", workerClassPath(plugins),
                "org.apache.kafka.connect.cli.ConnectStandalone", workerFile.toString(), sinkFile.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The sink with the passwords as settings: the shard's and the source's through cutover.env.*, the state's inline. */
    private static Map<String, String> sinkSettings(String yaml) {
        return Map.of("name", "cutover-sink", "connector.class", CutoverSinkConnector.class.getName(), "tasks.max", "2",
                "topics", Envelopes.TOPIC, SinkConfig.MAPPING_YAML, yaml,
                SinkConfig.ENV_PREFIX + Shards.PASSWORD_VARIABLE, SHARD_SECRET,
                SinkConfig.ENV_PREFIX + "SOURCE_PASSWORD", SOURCE_SECRET);
    }

    /** {@code PUT /connector-plugins/CutoverSinkConnector/config/validate}: the settings as Connect shows them. */
    private static String validate(String rest, Map<String, String> settings) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(rest + "/connector-plugins/CutoverSinkConnector/config/validate"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(settings))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /**
     * This test's class path without Cutover's classes and jars, without every library the plugin brings but
     * Jackson (which Connect's REST API needs itself; the plugin loads its own copy first), and without Debezium.
     */
    private static String workerClassPath(Path plugins) throws IOException {
        Set<String> bundled = new TreeSet<>();
        try (var files = Files.list(plugins.resolve("cutover-connect"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("jackson-")).forEach(bundled::add);
        }
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = new ArrayList<>();
        for (String entry : testPath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean cutover = entry.contains(File.separator + "target" + File.separator) || name.startsWith("cutover-");
            if (!cutover && !bundled.contains(name) && !entry.contains(File.separator + "io" + File.separator + "debezium")) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    private static int tasksRunning(String rest) throws Exception {
        JsonNode status = get(rest + "/connectors/cutover-sink/status");
        int running = 0;
        for (JsonNode t : status.get("tasks")) {
            if (t.get("state").asText().equals("FAILED")) {
                throw new AssertionError("task failed: " + t.get("trace").asText());
            }
            running += t.get("state").asText().equals("RUNNING") ? 1 : 0;
        }
        return "RUNNING".equals(status.get("connector").get("state").asText()) ? running : 0;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return into;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
