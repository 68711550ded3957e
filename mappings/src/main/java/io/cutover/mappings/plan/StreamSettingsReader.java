package io.cutover.mappings.plan;

import io.cutover.mappings.plan.PlanKey.Section;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the optional {@code stream:} section. Its {@code debezium} map has free keys (Debezium's own property
 * names), so it is walked here; its values may use {@code ${env:}} and {@code ${file:}} like any secret.
 */
final class StreamSettingsReader {
    private final Problems problems;
    private final EndpointReader endpoints;

    StreamSettingsReader(Problems problems, EndpointReader endpoints) {
        this.problems = problems;
        this.endpoints = endpoints;
    }

    StreamSettings read(YamlMap plan) {
        YamlMap map = plan.map(PlanKey.STREAM, Section.STREAM);
        if (map == null) {
            return StreamSettings.none(problems.start());
        }
        Endpoint state = null;
        YamlMap stateMap = map.map(PlanKey.STREAM_STATE, Section.STREAM_STATE);
        if (stateMap != null) {
            state = endpoints.read("state", stateMap, EndpointReader.STATE, EndpointReader.STATE_DRIVERS,
                    "the stream state database");
        }
        OnDdl onDdl = map.has(PlanKey.STREAM_ON_DDL)
                ? map.choice(PlanKey.STREAM_ON_DDL, OnDdl.values(), OnDdl::yamlName, "on-ddl mode") : OnDdl.STOP;
        Integer batchSize = map.positiveInt(PlanKey.STREAM_BATCH_SIZE, StreamSettings.DEFAULT_BATCH_SIZE);
        Integer heartbeatSeconds = map.positiveInt(PlanKey.STREAM_HEARTBEAT_SECONDS, 0);
        Map<String, String> debezium = debezium(map);
        if (onDdl == null || batchSize == null || heartbeatSeconds == null || debezium == null) {
            return null;
        }
        return new StreamSettings(state, onDdl, batchSize, heartbeatSeconds, debezium, problems.at(map.node()));
    }

    private Map<String, String> debezium(YamlMap map) {
        Node value = map.value(PlanKey.STREAM_DEBEZIUM);
        Map<String, String> properties = new LinkedHashMap<>();
        if (value == null) {
            return properties;
        }
        if (!(value instanceof MappingNode entries)) {
            problems.add(value, "expected debezium in stream to be a map of Debezium property names to values,"
                    + " e.g. snapshot.mode: never; found " + YamlMap.describe(value));
            return null;
        }
        SecretResolver secrets = endpoints.secrets();
        boolean sound = true;
        for (NodeTuple entry : entries.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode key) || !(entry.getValueNode() instanceof ScalarNode v)) {
                problems.add(entry.getKeyNode(), "each entry of debezium in stream is a Debezium property name and"
                        + " a single value, e.g. snapshot.mode: never");
                sound = false;
                continue;
            }
            String name = key.getValue().startsWith("debezium.") ? key.getValue().substring(9) : key.getValue();
            String resolved = YamlMap.isEmpty(v) ? "" : secrets.resolve(v, PlanKey.STREAM_DEBEZIUM);
            if (resolved == null) {
                sound = false;
            } else if (properties.putIfAbsent(name, resolved) != null) {
                problems.add(key, "duplicate Debezium property '" + name + "' in stream debezium; give each once");
                sound = false;
            }
        }
        return sound ? properties : null;
    }
}
