package io.cutover.cdc.kafka;

import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Debezium source connector settings of a plan for a Kafka Connect deployment: the same connector
 * settings {@code cutover stream} runs with (connector, tables, transaction metadata, LOB placeholder,
 * decimal and binary handling, the mapping file's {@code debezium.*} overrides), less what the embedded
 * engine needs and Connect does itself: offsets live in Connect's offset topic and the schema history
 * (Oracle, MariaDB, MySQL) in a Kafka topic; no source heartbeat ({@code stream.heartbeat-seconds} is for
 * {@code cutover stream}). Carries no password: the caller adds
 * {@code database.password} as a config provider reference.
 */
public final class SourceConnectorProperties {
    private SourceConnectorProperties() {
    }

    /** Debezium's {@code topic.prefix} of {@code cutover stream} for the plan; topics are {@code <prefix>.<schema>.<table>}. */
    public static String defaultTopicPrefix(MigrationPlan plan) {
        return ConnectorProperties.topicPrefix(plan);
    }

    /**
     * @param bootstrapServers the Kafka cluster that keeps the schema history; unused for PostgreSQL sources
     */
    public static Map<String, String> of(MigrationPlan plan, String topicPrefix, String bootstrapServers) {
        StreamOptions options = StreamOptions.of(plan).heartbeatSeconds(0);
        if (options.state() == null) {
            options = new StreamOptions(plan.source().endpoint(), options.onDdl(), options.batchSize(), 0,
                    options.debezium(), options.tracker(), options.location()); // only to build; dropped below
        }
        Properties built = ConnectorProperties.build(plan, options);
        Map<String, String> out = new TreeMap<>();
        for (String key : built.stringPropertyNames()) {
            if (!key.startsWith("offset.") && !key.startsWith("schema.history.internal") && !key.equals("name")
                    && !key.equals("database.password")) {
                out.put(key, built.getProperty(key));
            }
        }
        out.put("topic.prefix", topicPrefix);
        if (plan.source().type() != SourceType.POSTGRESQL) {
            out.put("schema.history.internal", "io.debezium.storage.kafka.history.KafkaSchemaHistory");
            out.put("schema.history.internal.kafka.topic", topicPrefix + ".schema-history");
            out.put("schema.history.internal.kafka.bootstrap.servers", bootstrapServers);
            out.put("schema.history.internal.store.only.captured.tables.ddl", "true");
        }
        return out;
    }
}
