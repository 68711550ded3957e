package io.cutover.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.cdc.kafka.SourceConnectorProperties;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.junit.jupiter.api.Test;

/**
 * Debezium's PostgreSQL connector and the Cutover sink with two tasks in a Connect cluster of two workers
 * on one in-process KRaft broker; a workload runs while one worker is removed and another added; the shards
 * must end equal to the source, every row in the physical table the router names.
 */
@Servers(postgres = 1, mariadb = 2)
class ConnectClusterTest {
    private static final String PREFIX = "it";

    @Test
    void twoSinkTasksConvergeToTheSourceAcrossAWorkerRestart(SandboxCluster cluster) throws Exception {
        Shards shards = new Shards(cluster);
        DatabaseServer pg = cluster.postgres(0);
        String db = "src_" + Long.toString(System.nanoTime(), 36);
        pg.createDatabase(db);
        sql(pg, db, "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note TEXT)",
                "ALTER TABLE orders REPLICA IDENTITY FULL");
        Workload work = new Workload(pg, db);
        work.run(300);
        String yaml = shards.yaml.replace("jdbc:postgresql://127.0.0.1:5432/shop", pg.jdbcUrl(db))
                .replace("username: cutover, password: \"${env:SOURCE_PASSWORD}\"",
                        "username: " + pg.username() + ", password: \"${env:SOURCE_PASSWORD}\"");
        Map<String, String> sink = shards.sinkProps();
        sink.put(SinkConfig.MAPPING_YAML, yaml);
        sink.put(SinkConfig.ENV_PREFIX + "SOURCE_PASSWORD", pg.password());
        sink.put("connector.class", CutoverSinkConnector.class.getName());
        sink.put("tasks.max", "2");
        sink.put("topics.regex", PREFIX + "\\.public\\.orders");
        converters(sink);
        Map<String, String> source = new HashMap<>(SourceConnectorProperties.of(SinkConfig.parse(sink).plan(), PREFIX,
                null));
        source.put("database.password", pg.password());
        source.put("slot.name", db);
        source.put("publication.name", db);
        source.put("topic.creation.default.partitions", "4");
        source.put("topic.creation.default.replication.factor", "1");
        converters(source);

        EmbeddedConnectCluster connect = new EmbeddedConnectCluster.Builder().name("cutover-it").numWorkers(2)
                .numBrokers(1).workerProps(new HashMap<>(Map.of("offset.flush.interval.ms", "1000",
                        // the sink subscribes by pattern before the source creates the topic: look again each second
                        "consumer.metadata.max.age.ms", "1000",
                        // reassign a removed worker's connectors and tasks at once, not after 5 minutes
                        "scheduled.rebalance.max.delay.ms", "1000"))).build();
        connect.start();
        try {
            connect.configureConnector("source", source);
            connect.configureConnector("sink", sink);
            connect.assertions().assertConnectorAndExactlyNumTasksAreRunning("sink", 2, "sink tasks not running");
            work.run(300);
            connect.removeWorker();
            work.run(300);
            connect.addWorker();
            work.run(300);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertEquals(summary(expected(shards, pg, db)), summary(shards.dump()),
                            status(connect, "sink") + " " + status(connect, "source") + " topics "
                                    + connect.connectorTopics("sink").topics()));
        } finally {
            connect.stop();
        }
    }

    private static List<String> expected(Shards shards, DatabaseServer pg, String db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.username(), pg.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, customer_id, note FROM orders")) {
            while (rs.next()) {
                out.add(shards.home(rs.getLong(2)) + " " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3));
            }
        }
        out.sort(null);
        return out;
    }

    private static String status(EmbeddedConnectCluster connect, String name) {
        var s = connect.connectorStatus(name);
        StringBuilder out = new StringBuilder(name + " " + s.connector().state());
        for (var t : s.tasks()) {
            out.append(" task ").append(t.id()).append(' ').append(t.state()).append(' ').append(t.trace());
        }
        return out.toString();
    }

    private static String summary(List<String> rows) {
        return rows.size() + " rows " + (rows.size() > 3 ? rows.subList(0, 3) : rows);
    }

    private static void converters(Map<String, String> c) {
        c.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("key.converter.schemas.enable", "true");
        c.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        c.put("value.converter.schemas.enable", "true");
    }

    private static void sql(DatabaseServer pg, String db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.username(), pg.password());
             Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    /** Seeded inserts, updates (a third of them moving the row to another customer) and deletes. */
    private static final class Workload {
        private final DatabaseServer pg;
        private final String db;
        private final Random random = new Random(42);
        private long nextId = 1;

        Workload(DatabaseServer pg, String db) {
            this.pg = pg;
            this.db = db;
        }

        void run(int operations) throws SQLException {
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db), pg.username(), pg.password())) {
                for (int i = 0; i < operations; i++) {
                    int kind = nextId < 20 ? 0 : random.nextInt(4);
                    long id = 1 + (long) random.nextInt((int) nextId);
                    try (PreparedStatement p = c.prepareStatement(switch (kind) {
                        case 0, 1 -> "INSERT INTO orders VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING";
                        case 2 -> "UPDATE orders SET customer_id = ?, note = ? WHERE id = ?";
                        default -> "DELETE FROM orders WHERE id = ?";
                    })) {
                        switch (kind) {
                            case 0, 1 -> {
                                p.setLong(1, nextId++);
                                p.setLong(2, random.nextInt(1000));
                                p.setString(3, "n" + i);
                            }
                            case 2 -> {
                                p.setLong(1, random.nextInt(1000));
                                p.setString(2, "u" + i);
                                p.setLong(3, id);
                            }
                            default -> p.setLong(1, id);
                        }
                        p.executeUpdate();
                    }
                }
            }
        }
    }
}
