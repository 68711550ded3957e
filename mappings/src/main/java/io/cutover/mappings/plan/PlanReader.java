package io.cutover.mappings.plan;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.PlanKey.Section;
import io.cutover.mappings.types.TypeOverrides;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Turns the composed YAML tree into a {@link MigrationPlan}: the top level, the source and the target. */
final class PlanReader {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String file;
    private final Problems problems;
    private final EndpointReader endpoints;
    /** The shard names in order once every shard has a valid, unique one; null before and otherwise. */
    private List<String> shardNames;

    PlanReader(String file, Problems problems, SecretResolver secrets) {
        this.file = file;
        this.problems = problems;
        this.endpoints = new EndpointReader(problems, secrets);
    }

    /** The plan, or null when anything is wrong (recorded). */
    MigrationPlan read(Node root) {
        YamlMap plan = YamlMap.of(root, Section.PLAN, problems);
        if (plan == null) {
            return null;
        }
        String name = identifier(plan, PlanKey.NAME, "plan name");
        YamlMap sourceMap = plan.map(PlanKey.SOURCE, Section.SOURCE);
        Source source = sourceMap == null ? null : source(sourceMap);
        YamlMap targetMap = plan.map(PlanKey.TARGET, Section.TARGET);
        Target target = targetMap == null ? null : target(targetMap);
        List<TableMapping> tables = new TableReader(problems, shardNames).read(plan);
        TypeOverrides overrides = new TypeOverridesReader(problems).read(plan);
        StreamSettings stream = new StreamSettingsReader(problems, endpoints).read(plan);
        if (!problems.isEmpty()) {
            return null;
        }
        return new MigrationPlan(name, file, source, target, tables, overrides, stream);
    }

    private Source source(YamlMap map) {
        SourceType type = map.choice(PlanKey.SOURCE_TYPE, SourceType.values(), SourceType::yamlName, "source type");
        List<String> drivers = type == null ? List.of() : EndpointReader.drivers(type);
        String needs = type == null ? "" : "source type " + type.yamlName();
        Endpoint endpoint = endpoints.read("source", map, EndpointReader.SOURCE, drivers, needs);
        String schema = map.string(PlanKey.SOURCE_SCHEMA);
        if (type == SourceType.ORACLE && !map.has(PlanKey.SOURCE_SCHEMA)) {
            problems.add(map.node(),
                    "source type oracle needs 'schema' in source: the schema whose tables are migrated");
        }
        return type == null || endpoint == null ? null : new Source(type, endpoint, schema);
    }

    /** The target, or null when wrong; sets {@link #shardNames} when the names are sound. */
    private Target target(YamlMap map) {
        Dialect dialect = map.choice(PlanKey.TARGET_DIALECT, Dialect.values(), Dialect::yamlName, "dialect");
        List<Node> items = map.list(PlanKey.TARGET_SHARDS);
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.add(map.value(PlanKey.TARGET_SHARDS), "target has no shards; list at least one under 'shards'");
            return null;
        }
        List<Endpoint> shards = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        boolean namesSound = true;
        for (Node item : items) {
            YamlMap shard = YamlMap.of(item, Section.SHARD, problems);
            if (shard == null) {
                namesSound = false;
                continue;
            }
            String name = identifier(shard, PlanKey.SHARD_NAME, "shard name");
            Node previous = name == null ? null : seen.putIfAbsent(name, shard.value(PlanKey.SHARD_NAME));
            namesSound &= name != null && previous == null;
            if (previous != null) {
                problems.add(shard.value(PlanKey.SHARD_NAME), "duplicate shard name '" + name + "' (first at "
                        + YamlMap.lineCol(previous) + "); shard names must be unique");
            }
            List<String> drivers = dialect == null ? List.of() : EndpointReader.drivers(dialect);
            String needs = "dialect " + (dialect == null ? "" : dialect.yamlName()) + " (shard " + name + ")";
            Endpoint endpoint = endpoints.read(name, shard, EndpointReader.SHARD, drivers, needs);
            if (endpoint != null) {
                shards.add(endpoint);
            }
        }
        if (namesSound) {
            shardNames = List.copyOf(seen.keySet());
        }
        return dialect == null || shards.size() != items.size() ? null : new Target(dialect, shards);
    }

    private String identifier(YamlMap map, PlanKey key, String what) {
        ScalarNode node = map.scalar(key);
        if (node == null) {
            return null;
        }
        if (!IDENTIFIER.matcher(node.getValue()).matches()) {
            problems.add(node, what + " '" + node.getValue()
                    + "' is not valid; use a letter, then letters, digits, '-' and '_'");
            return null;
        }
        return node.getValue();
    }
}
