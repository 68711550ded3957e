package io.cutover.cli.connect;

import io.cutover.cdc.kafka.SourceConnectorProperties;
import io.cutover.connect.CutoverSinkConnector;
import io.cutover.connect.SinkConfig;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.plan.TableMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The two Kafka Connect connectors of a plan, each as the {@code {"name": ..., "config": {...}}} body that
 * {@code POST /connectors} takes: Debezium's source connector with the settings of {@code cutover stream}
 * writing one topic per table, and the Cutover sink reading those topics. Both use JsonConverter with schemas,
 * since the sink needs the typed schemas. Passwords appear only as config provider references.
 */
final class ConnectorConfigs {
    static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";

    /**
     * @param mappingText      the mapping file's text, inlined into the sink unless {@code workerMappingPath} is set
     * @param workerMappingPath where the workers find the mapping file; null to inline it
     */
    record Options(String topicPrefix, int tasks, int partitions, int replicationFactor, String bootstrapServers,
                   String workerMappingPath, String mappingText, java.nio.file.Path mappingDir) {
    }

    record Connector(String name, Map<String, String> config) {
    }

    private ConnectorConfigs() {
    }

    static Connector source(MigrationPlan plan, Options o) {
        Map<String, String> c = new TreeMap<>(SourceConnectorProperties.of(plan, o.topicPrefix(), o.bootstrapServers()));
        c.put("database.password", SecretReferences.of(plan.source().endpoint(), o.mappingDir()));
        c.put("tasks.max", "1"); // a Debezium source connector reads its log in one task
        c.put("topic.creation.default.partitions", Integer.toString(o.partitions()));
        c.put("topic.creation.default.replication.factor", Integer.toString(o.replicationFactor()));
        converters(c);
        return new Connector(o.topicPrefix() + "-source", c);
    }

    static Connector sink(MigrationPlan plan, Options o) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", CutoverSinkConnector.class.getName());
        c.put("tasks.max", Integer.toString(o.tasks()));
        c.put("topics.regex", topics(plan, o.topicPrefix()));
        converters(c);
        if (o.workerMappingPath() != null) {
            c.put(SinkConfig.MAPPING_FILE, o.workerMappingPath());
        } else {
            SecretReferences.requireReferences(plan);
            c.put(SinkConfig.MAPPING_YAML, o.mappingText());
        }
        return new Connector(o.topicPrefix() + "-sink", c);
    }

    /** The topics of the mapped tables, {@code <prefix>.<schema>.<table>}, table names in any case. */
    static String topics(MigrationPlan plan, String prefix) {
        StringJoiner tables = new StringJoiner("|", "(", ")");
        for (TableMapping t : plan.tables()) {
            if (t.placement() != Placement.EXCLUDED) {
                tables.add(Pattern.quote(t.source()));
            }
        }
        String schema = plan.source().type() == SourceType.POSTGRESQL || plan.source().schema() == null
                ? "[^.]+" : Pattern.quote(plan.source().schema());
        return "(?i)" + Pattern.quote(prefix) + "\\." + schema + "\\." + tables;
    }

    private static void converters(Map<String, String> c) {
        c.put("key.converter", JSON_CONVERTER);
        c.put("key.converter.schemas.enable", "true");
        c.put("value.converter", JSON_CONVERTER);
        c.put("value.converter.schemas.enable", "true");
    }
}
