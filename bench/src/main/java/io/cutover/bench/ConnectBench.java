package io.cutover.bench;

import io.cutover.cdc.kafka.SourceConnectorProperties;
import io.cutover.connect.CutoverSinkConnector;
import io.cutover.connect.SinkConfig;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;

/**
 * The Cutover sink on Kafka Connect with 1, 2 and 4 tasks on the same stream (bench/README.md). The workload of
 * {@link StreamBench} is captured once by Debezium's PostgreSQL source connector into a topic of 4 partitions
 * (JsonConverter with schemas, as {@code cutover connect config} sets up); then for each task count a fresh sink
 * connector (its own consumer group, so it reads the topic from the start) applies it to 4 empty MariaDB shards
 * without stored positions. A run is timed from the connector's creation to the moment the shards' stored
 * positions count every change, and, without Connect's start-up, from the first change seen applied. Everything
 * runs on one in-process broker and one in-process worker. Each round runs every task count, every other round in
 * reverse order, since the first runs of the JVM pay for its warm-up. Arguments: the number of changes (default
 * 200,000), the task counts (default 1,2,4), the rounds (default 2), the worker's
 * {@code consumer.max.poll.records} (default: Connect's, 500).
 */
public final class ConnectBench {
    private static final String PREFIX = "bench";
    private static final String TOPIC = PREFIX + ".public.orders";
    private static final int PARTITIONS = 4;

    private ConnectBench() {
    }

    public static void main(String[] args) throws Exception {
        int requested = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<Integer> taskCounts = new ArrayList<>();
        for (String t : (args.length > 1 ? args[1] : "1,2,4").split(",")) {
            taskCounts.add(Integer.parseInt(t.trim()));
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String maxPoll = args.length > 3 ? args[3] : "500";
        try (SandboxCluster servers = SandboxCluster.start(1, 2)) {
            BenchSource source = BenchSource.create(servers.postgres(0), "bench_k");
            List<DatabaseServer> shards = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                shards.add(servers.mariadb(s / 2));
                Targets.create(shards.get(s), "shard" + s, "CREATE TABLE orders " + Targets.ORDERS);
            }
            int changes = source.generate(requested);
            String yaml = yaml(servers, source);
            MigrationPlan plan = PlanLoader.load("bench.yaml", yaml, Path.of("."), k -> null);

            EmbeddedConnectCluster connect = new EmbeddedConnectCluster.Builder().name("cutover-bench").numWorkers(1)
                    .numBrokers(1).workerProps(new HashMap<>(Map.of("offset.flush.interval.ms", "1000",
                            "consumer.max.poll.records", maxPoll))).build();
            connect.start();
            try {
                long start = System.nanoTime();
                connect.configureConnector("source", sourceConfig(plan, source));
                long produced;
                while ((produced = produced(connect)) < changes) {
                    Thread.sleep(200);
                }
                double captureSeconds = (System.nanoTime() - start) / 1e9;
                connect.deleteConnector("source");
                System.out.printf(Locale.ROOT, "captured %,d row changes into %d partitions in %.1f s (%,.0f events/s,"
                        + " with connector start-up)%n", produced, PARTITIONS, captureSeconds, produced / captureSeconds);
                System.out.printf(Locale.ROOT, "consumer.max.poll.records %s%n", maxPoll);
                Map<Integer, List<String>> rates = new TreeMap<>();
                for (int round = 0; round < rounds; round++) {
                    List<Integer> order = new ArrayList<>(taskCounts);
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (int tasks : order) {
                        double rate = run(connect, shards, yaml, tasks, changes, round + 1);
                        rates.computeIfAbsent(tasks, k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%,.0f", rate));
                    }
                }
                rates.forEach((tasks, r) -> System.out.printf(Locale.ROOT,
                        "tasks %d: %s events/s (rounds 1..%d, from the first applied change)%n", tasks, r, rounds));
                System.out.printf(Locale.ROOT, "source rows: %,d%n", source.rows());
            } finally {
                connect.stop();
            }
        }
    }

    /** One sink connector with {@code tasks} tasks from empty shards to every change applied; events/s of applying. */
    private static double run(EmbeddedConnectCluster connect, List<DatabaseServer> shards, String yaml, int tasks,
                              int changes, int round) throws Exception {
        for (int s = 0; s < 4; s++) {
            Targets.exec(shards.get(s), "shard" + s, "DELETE FROM orders", "DROP TABLE IF EXISTS cutover_position");
        }
        String name = "sink-" + round + "-" + tasks;
        long t0 = System.nanoTime();
        connect.configureConnector(name, sinkConfig(yaml, tasks));
        long first = 0;
        long applied;
        while ((applied = applied(shards)) < changes) {
            if (first == 0 && applied > 0) {
                first = System.nanoTime();
            }
            Thread.sleep(100);
        }
        long t1 = System.nanoTime();
        connect.deleteConnector(name);
        long rows = 0;
        for (int s = 0; s < 4; s++) {
            rows += Targets.count(shards.get(s), "shard" + s, "orders");
        }
        double rate = changes / ((t1 - first) / 1e9);
        System.out.printf(Locale.ROOT, "round %d, tasks %d: %,8.0f events/s from connector creation (%.1f s), %,8.0f"
                        + " events/s from the first applied change (%.1f s); %,d rows on the shards%n", round, tasks,
                changes / ((t1 - t0) / 1e9), (t1 - t0) / 1e9, rate, (t1 - first) / 1e9, rows);
        return rate;
    }

    /** The plan of {@link StreamBench}: orders hashed on id over 4 shards (2 MariaDB servers x 2 databases). */
    private static String yaml(SandboxCluster servers, BenchSource source) {
        StringBuilder shards = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            shards.append("    - { name: s").append(s).append(", jdbc-url: \"")
                    .append(servers.mariadb(s / 2).jdbcUrl("shard" + s)).append("\", username: cutover, password: cutover }\n");
        }
        return "name: bench\nsource: { type: postgresql, jdbc-url: \"" + source.url()
                + "\", username: cutover, password: cutover, schema: public }\n"
                + "target:\n  dialect: mariadb\n  shards:\n" + shards
                + "tables: [ { source: orders, shard-by: { column: id, algorithm: hash } } ]\n";
    }

    private static Map<String, String> sourceConfig(MigrationPlan plan, BenchSource source) {
        Map<String, String> c = new HashMap<>(SourceConnectorProperties.of(plan, PREFIX, null));
        c.putAll(Capture.overrides(plan, "bench_k"));
        c.put("database.password", source.server.password());
        c.put("topic.creation.default.partitions", Integer.toString(PARTITIONS));
        c.put("topic.creation.default.replication.factor", "1");
        converters(c);
        return c;
    }

    private static Map<String, String> sinkConfig(String yaml, int tasks) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", CutoverSinkConnector.class.getName());
        c.put("tasks.max", Integer.toString(tasks));
        c.put("topics", TOPIC);
        c.put(SinkConfig.MAPPING_YAML, yaml);
        converters(c);
        return c;
    }

    private static void converters(Map<String, String> c) {
        c.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("key.converter.schemas.enable", "true");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
    }

    private static long produced(EmbeddedConnectCluster connect) throws Exception {
        if (connect.kafka().describeTopics(TOPIC).get(TOPIC).isEmpty()) {
            return 0;
        }
        long n = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            n += connect.kafka().endOffset(new TopicPartition(TOPIC, p));
        }
        return n;
    }

    /** The changes the shards' stored positions count, over every partition's job. */
    private static long applied(List<DatabaseServer> shards) throws SQLException {
        long n = 0;
        for (int s = 0; s < 4; s++) {
            DatabaseServer m = shards.get(s);
            try (Connection c = DriverManager.getConnection(m.jdbcUrl("shard" + s), m.username(), m.password());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(rows_applied), 0) FROM cutover_position"
                         + " WHERE table_name = '*'")) {
                rs.next();
                n += rs.getLong(1);
            } catch (SQLException e) {
                if (!"42S02".equals(e.getSQLState())) { // no positions stored yet
                    throw e;
                }
            }
        }
        return n;
    }
}
