package io.cutover.mappings.plan;

import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses mapping-file text into a SnakeYAML node tree (no object construction), recording syntax errors,
 * an empty document and anchors. Syntax messages use SnakeYAML's problem text only: its full message quotes
 * the offending line, which may hold a password.
 */
final class YamlComposer {
    private YamlComposer() {
    }

    /** The root node, or null when there is nothing to read (recorded). */
    static Node compose(String text, Problems problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null || e.getContextMark() == null ? ""
                    : " (" + e.getContext() + " at " + (e.getContextMark().getLine() + 1) + ":"
                    + (e.getContextMark().getColumn() + 1) + ")";
            problems.add(mark == null ? problems.start() : problems.at(mark), "YAML syntax error: " + e.getProblem()
                    + context);
            return null;
        } catch (YAMLException e) {
            problems.add(problems.start(), "YAML error: " + e.getMessage());
            return null;
        }
        if (root == null || root instanceof ScalarNode scalar && YamlMap.isEmpty(scalar)) {
            problems.add(problems.start(), "the mapping file is empty; expected a map with keys "
                    + String.join(", ", PlanKey.Section.PLAN.names()));
            return null;
        }
        refuseAnchors(root, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return root;
    }

    /** Anchors and aliases make one node appear in several places; the plan reads simpler without them. */
    private static void refuseAnchors(Node node, Problems problems, Set<Node> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (node.getAnchor() != null) {
            problems.add(node, "anchors and aliases (&" + node.getAnchor() + ", *" + node.getAnchor()
                    + ") are not supported; write the value out in each place");
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                refuseAnchors(tuple.getKeyNode(), problems, visited);
                refuseAnchors(tuple.getValueNode(), problems, visited);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                refuseAnchors(item, problems, visited);
            }
        }
    }
}
