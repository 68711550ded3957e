package io.cutover.bench;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.sandbox.DatabaseServer;
import io.debezium.connector.jdbc.JdbcSinkConnectorTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Contender (c): Debezium's own JDBC sink connector, driven in-process as a Kafka Connect {@code SinkTask}
 * with the records the engine delivers (each batch becomes one {@code put}), upserting into one table.
 */
final class JdbcSinkApply {
    private JdbcSinkApply() {
    }

    static double run(MigrationPlan plan, String slot, int expected, DatabaseServer target, String database)
            throws Exception {
        JdbcSinkConnectorTask task = start(target, database, plan.stream().batchSize());
        long[] offset = {0};
        try {
            return Capture.run(plan, slot, expected, changes -> task.put(sinkRecords(changes, offset)));
        } finally {
            task.stop();
        }
    }

    /** The sink task upserting into {@code orders_sink} of the database, as configured for both benchmarks. */
    static JdbcSinkConnectorTask start(DatabaseServer target, String database, int batchSize) {
        JdbcSinkConnectorTask task = new JdbcSinkConnectorTask();
        task.initialize(new Context());
        Map<String, String> config = new HashMap<>();
        config.put("connection.url", target.jdbcUrl(database));
        config.put("connection.username", target.username());
        config.put("connection.password", target.password());
        config.put("insert.mode", "upsert");
        config.put("delete.enabled", "true");
        config.put("primary.key.mode", "record_key");
        config.put("schema.evolution", "none");
        config.put("collection.name.format", "orders_sink");
        config.put("batch.size", Integer.toString(batchSize));
        config.put("use.reduction.buffer", "true"); // merges changes to one key within a batch, as Cutover does
        task.start(config);
        return task;
    }

    /** One engine batch as sink records, numbered on from {@code offset[0]}. */
    static List<SinkRecord> sinkRecords(List<SourceRecord> changes, long[] offset) {
        List<SinkRecord> records = new ArrayList<>(changes.size());
        for (SourceRecord r : changes) {
            records.add(new SinkRecord(r.topic(), 0, r.keySchema(), r.key(), r.valueSchema(), r.value(), offset[0]++));
        }
        return records;
    }

    /** The little of a Connect worker the task asks for. */
    private static final class Context implements SinkTaskContext {
        @Override
        public Map<String, String> configs() {
            return Map.of();
        }

        @Override
        public void offset(Map<TopicPartition, Long> offsets) {
        }

        @Override
        public void offset(TopicPartition tp, long offset) {
        }

        @Override
        public void timeout(long timeoutMs) {
        }

        @Override
        public Set<TopicPartition> assignment() {
            return Set.of();
        }

        @Override
        public void pause(TopicPartition... partitions) {
        }

        @Override
        public void resume(TopicPartition... partitions) {
        }

        @Override
        public void requestCommit() {
        }

        @Override
        public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
            return null;
        }
    }
}
