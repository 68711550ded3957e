package io.cutover.mappings.plan;

import io.cutover.mappings.plan.PlanKey.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the table entries: names, placement, and the rules that span tables (no source or target twice). */
final class TableReader {
    private static final List<PlanKey> PLACEMENTS =
            List.of(PlanKey.TABLE_SHARD_BY, PlanKey.TABLE_BROADCAST, PlanKey.TABLE_SHARD, PlanKey.TABLE_EXCLUDE);
    private static final String CHOICES = "shard-by, broadcast: true, shard: <name> or exclude: true";

    private final Problems problems;
    private final List<String> shardNames;
    private final ShardByReader shardBy;
    private final Map<String, Node> sources = new HashMap<>();
    private final Map<String, String> targets = new HashMap<>();

    /** @param shardNames the target's shards in order, or null when they are themselves wrong */
    TableReader(Problems problems, List<String> shardNames) {
        this.problems = problems;
        this.shardNames = shardNames;
        this.shardBy = new ShardByReader(problems, shardNames == null ? null : shardNames.size());
    }

    /** An empty list is valid: endpoints can be checked before any table is mapped. */
    List<TableMapping> read(YamlMap plan) {
        List<Node> items = plan.list(PlanKey.TABLES);
        if (items == null) {
            return List.of();
        }
        List<TableMapping> tables = new ArrayList<>();
        for (Node item : items) {
            YamlMap entry = YamlMap.of(item, Section.TABLE, problems);
            TableMapping table = entry == null ? null : table(entry);
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** The table, or null when wrong; reads on past a problem so that later ones are reported too. */
    private TableMapping table(YamlMap entry) {
        int before = problems.count();
        ScalarNode sourceNode = entry.scalar(PlanKey.TABLE_SOURCE);
        ScalarNode targetNode = entry.scalar(PlanKey.TABLE_TARGET);
        // messages name a table without a usable source by where its entry starts
        String source = sourceNode == null ? "at " + YamlMap.lineCol(entry.node()) : sourceNode.getValue();
        String target = targetNode == null ? source.toLowerCase(Locale.ROOT) : targetNode.getValue();
        Node previous = sourceNode == null ? null : sources.putIfAbsent(source.toUpperCase(Locale.ROOT), sourceNode);
        if (previous != null) {
            problems.add(sourceNode, "table " + source + " is listed twice (first at " + YamlMap.lineCol(previous)
                    + "); map each source table once");
        }
        List<PlanKey> given = PLACEMENTS.stream().filter(k -> entry.has(k) && !isFalse(entry.value(k))).toList();
        if (given.size() > 1) {
            problems.add(entry.keyNode(given.get(1)), "table " + source + " has more than one placement ("
                    + String.join(", ", given.stream().map(PlanKey::yamlName).toList()) + "); give exactly one of "
                    + CHOICES);
        }
        PlanKey placement = given.isEmpty() ? null : given.get(0);
        if (sourceNode != null && previous == null && placement != PlanKey.TABLE_EXCLUDE) {
            String other = targets.putIfAbsent(target.toLowerCase(Locale.ROOT), source);
            if (other != null) {
                problems.add(targetNode != null ? targetNode : sourceNode, "tables " + other + " and " + source
                        + " both map to target table '" + target + "'; give one of them another 'target'");
            }
        }
        TableMapping table = placed(entry, source, target, placement);
        return sourceNode == null || problems.count() > before ? null : table;
    }

    private TableMapping placed(YamlMap entry, String source, String target, PlanKey placement) {
        SourceLocation at = problems.at(entry.node());
        if (placement == null) {
            if (shardNames == null) {
                return null;
            }
            if (shardNames.size() > 1) {
                problems.add(entry.node(), "table " + source + " has no placement and the target has "
                        + shardNames.size() + " shards; add " + CHOICES);
                return null;
            }
            return new TableMapping(source, target, Placement.SINGLE, null, shardNames.get(0), at);
        }
        return switch (placement) {
            case TABLE_SHARD_BY -> {
                YamlMap rule = entry.map(PlanKey.TABLE_SHARD_BY, Section.SHARD_BY);
                ShardBy by = rule == null ? null : shardBy.read(rule, source);
                yield by == null ? null : new TableMapping(source, target, Placement.SHARDED, by, null, at);
            }
            case TABLE_BROADCAST -> entry.flag(placement)
                    ? new TableMapping(source, target, Placement.BROADCAST, null, null, at) : null;
            case TABLE_EXCLUDE -> entry.flag(placement)
                    ? new TableMapping(source, target, Placement.EXCLUDED, null, null, at) : null;
            default -> {
                String home = homeShard(entry, source);
                yield home == null ? null : new TableMapping(source, target, Placement.SINGLE, null, home, at);
            }
        };
    }

    private String homeShard(YamlMap entry, String source) {
        ScalarNode node = entry.scalar(PlanKey.TABLE_SHARD);
        if (node == null || shardNames == null) {
            return null;
        }
        if (!shardNames.contains(node.getValue())) {
            problems.add(node, "unknown shard '" + node.getValue() + "' for table " + source
                    + KeySuggester.hint(node.getValue(), shardNames, "shards"));
            return null;
        }
        return node.getValue();
    }

    private static boolean isFalse(Node value) {
        return value instanceof ScalarNode scalar && scalar.getValue().equalsIgnoreCase("false");
    }
}
