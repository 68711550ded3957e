package io.cutover.mappings.plan;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.plan.PlanKey.Section;
import io.cutover.mappings.types.TypeOverrides;
import io.cutover.mappings.types.TypeOverrides.Rule;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code type-overrides}: maps whose keys are free (a column or an Oracle type), so they are walked here
 * rather than declared as keys. {@link TypeOverrides} itself says whether a rule is well formed.
 */
final class TypeOverridesReader {
    private final Problems problems;

    TypeOverridesReader(Problems problems) {
        this.problems = problems;
    }

    TypeOverrides read(YamlMap plan) {
        YamlMap map = plan.map(PlanKey.TYPE_OVERRIDES, Section.TYPE_OVERRIDES);
        if (map == null) {
            return TypeOverrides.NONE;
        }
        return new TypeOverrides(rules(map, PlanKey.OVERRIDE_COLUMNS, true), rules(map, PlanKey.OVERRIDE_TYPES, false));
    }

    private List<Rule> rules(YamlMap map, PlanKey key, boolean byColumn) {
        Node value = map.value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof MappingNode entries)) {
            problems.add(value, "expected " + key.yamlName() + " in type-overrides to be a map ("
                    + key.description() + "); found " + YamlMap.describe(value));
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (NodeTuple entry : entries.getValue()) {
            if (!(entry.getKeyNode() instanceof ScalarNode match)
                    || !(entry.getValueNode() instanceof ScalarNode target) || YamlMap.isEmpty(target)) {
                problems.add(entry.getKeyNode(), "each entry of type-overrides " + key.yamlName()
                        + " maps a name to a target type, e.g. " + (byColumn ? "ORDERS.STATUS: VARCHAR(12)" : "DATE: DATETIME(0)"));
                continue;
            }
            Rule rule = new Rule(match.getValue(), target.getValue().strip(), null, problems.at(match));
            try {
                new TypeOverrides(byColumn ? List.of(rule) : List.of(), byColumn ? List.of() : List.of(rule));
                rules.add(rule);
            } catch (CutoverException e) {
                problems.add(rule.location(), e.getMessage().substring(rule.location().toString().length() + 2));
            }
        }
        return rules;
    }
}
