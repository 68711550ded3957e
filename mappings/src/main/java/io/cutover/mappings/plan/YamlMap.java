package io.cutover.mappings.plan;

import io.cutover.mappings.plan.PlanKey.Section;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML map of a known section. Creating it checks its keys (unknown, duplicate, missing); the typed getters
 * check the values. Every problem goes to {@link Problems}; a getter then returns null and the caller moves on.
 * Messages describe a found value only when it has the wrong shape, so a password is never echoed.
 */
final class YamlMap {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final MappingNode node;
    private final Section section;
    private final Problems problems;
    private final Map<PlanKey, NodeTuple> entries = new EnumMap<>(PlanKey.class);

    private YamlMap(MappingNode node, Section section, Problems problems) {
        this.node = node;
        this.section = section;
        this.problems = problems;
        readKeys();
    }

    /** The node as a map of {@code section}, or null (recorded) when it is not a map. */
    static YamlMap of(Node node, Section section, Problems problems) {
        if (node instanceof MappingNode map) {
            return new YamlMap(map, section, problems);
        }
        problems.add(node, "expected " + section.label() + " to be a map with keys "
                + String.join(", ", section.names())
                + "; found " + describe(node));
        return null;
    }

    /** What a node is, for "found ..." in messages. Callers use it only for a value of the wrong shape. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        return isEmpty(scalar) ? "an empty value" : "'" + scalar.getValue() + "'";
    }

    static boolean isEmpty(ScalarNode scalar) {
        return scalar.getTag().equals(Tag.NULL) || scalar.getValue().isEmpty() && scalar.isPlain();
    }

    private void readKeys() {
        Set<String> guessed = new HashSet<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(tuple.getKeyNode(), "keys in " + section.label() + " must be plain names; found "
                        + describe(tuple.getKeyNode()));
                continue;
            }
            String name = keyNode.getValue();
            PlanKey key = section.keys().stream().filter(k -> k.yamlName().equals(name)).findFirst().orElse(null);
            if (key == null) {
                problems.add(keyNode, "unknown key '" + name + "' in " + section.label()
                        + KeySuggester.hint(name, section.names(), "allowed keys"));
                guessed.add(KeySuggester.closest(name, section.names()));
            } else if (entries.containsKey(key)) {
                problems.add(keyNode, "duplicate key '" + name + "' in " + section.label() + " (first at "
                        + lineCol(entries.get(key).getKeyNode()) + "); give each key once");
            } else {
                entries.put(key, tuple);
            }
        }
        List<String> required = section.keys().stream().filter(PlanKey::required).map(PlanKey::yamlName).toList();
        for (PlanKey key : section.keys()) {
            // a misspelled required key is already reported with its "did you mean"
            if (key.required() && !entries.containsKey(key) && !guessed.contains(key.yamlName())) {
                problems.add(node, "missing required key '" + key.yamlName() + "' in " + section.label()
                        + "; required keys: " + String.join(", ", required));
            }
        }
    }

    Node node() {
        return node;
    }

    boolean has(PlanKey key) {
        return entries.containsKey(key);
    }

    /** The key node, or null when the key is absent. */
    Node keyNode(PlanKey key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getKeyNode();
    }

    /** The value node, or null when the key is absent. */
    Node value(PlanKey key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** A single non-empty value, or null when absent or wrong. */
    ScalarNode scalar(PlanKey key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && !isEmpty(scalar)) {
            return scalar;
        }
        problems.add(value, "expected a single value for '" + key.yamlName() + "' in " + section.label()
                + "; found " + describe(value));
        return null;
    }

    String string(PlanKey key) {
        ScalarNode scalar = scalar(key);
        return scalar == null ? null : scalar.getValue();
    }

    /** true or false; absent is false. */
    boolean flag(PlanKey key) {
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            return false;
        }
        String v = scalar.getValue();
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            problems.add(scalar, "'" + key.yamlName() + "' in " + section.label() + " must be true or false; found '"
                    + v + "'");
            return false;
        }
        return v.equalsIgnoreCase("true");
    }

    /** A positive integer, {@code absent} when the key is not given, or null when it is wrong. */
    Integer positiveInt(PlanKey key, int absent) {
        if (!has(key)) {
            return absent;
        }
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        String v = scalar.getValue();
        if (!DIGITS.matcher(v).matches() || Integer.parseInt(v) == 0) {
            problems.add(scalar, "'" + key.yamlName() + "' in " + section.label()
                    + " must be a positive integer; found '"
                    + v + "'");
            return null;
        }
        return Integer.parseInt(v);
    }

    /** The items of a list, or null when absent or not a list. */
    List<Node> list(PlanKey key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(value, "expected a list for '" + key.yamlName() + "' in " + section.label() + "; found "
                + describe(value));
        return null;
    }

    /** The value as a map of {@code section}, or null when absent or wrong. */
    YamlMap map(PlanKey key, Section of) {
        Node value = value(key);
        return value == null ? null : of(value, of, problems);
    }

    /** One of {@code values} named case-insensitively by their mapping-file name, or null (recorded). */
    <E> E choice(PlanKey key, E[] values, Function<E, String> yamlName, String what) {
        ScalarNode scalar = scalar(key);
        if (scalar == null) {
            return null;
        }
        List<String> names = Arrays.stream(values).map(yamlName).toList();
        for (E e : values) {
            if (yamlName.apply(e).equalsIgnoreCase(scalar.getValue())) {
                return e;
            }
        }
        problems.add(scalar, "unknown " + what + " '" + scalar.getValue() + "'"
                + KeySuggester.hint(scalar.getValue(), names, "allowed"));
        return null;
    }

    static String lineCol(Node node) {
        return (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1);
    }
}
