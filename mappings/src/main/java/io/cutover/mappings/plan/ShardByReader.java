package io.cutover.mappings.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads and checks the shard rule of one table: key columns, algorithm, physical tables, boundaries, names. */
final class ShardByReader {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final String PLACEHOLDERS = "{table}, {index} and {index:W} with W = 1..4";

    private final Problems problems;
    private final Integer shardCount;

    /** @param shardCount the number of target shards, or null when the shards are themselves wrong */
    ShardByReader(Problems problems, Integer shardCount) {
        this.problems = problems;
        this.shardCount = shardCount;
    }

    /** The rule, or null when anything in it is wrong (recorded). */
    ShardBy read(YamlMap rule, String table) {
        int before = problems.count();
        List<String> columns = columns(rule, table);
        Algorithm algorithm = rule.choice(PlanKey.SHARD_BY_ALGORITHM, Algorithm.values(), Algorithm::yamlName,
                "algorithm");
        Integer perShard = rule.positiveInt(PlanKey.SHARD_BY_TABLES_PER_SHARD, 1);
        if (columns != null && algorithm != null && algorithm != Algorithm.HASH && columns.size() > 1) {
            problems.add(rule.value(PlanKey.SHARD_BY_COLUMNS), "algorithm " + algorithm.yamlName()
                    + " takes exactly one column; table " + table + " lists " + columns.size() + " ("
                    + String.join(", ", columns) + "); use algorithm hash for a key of several columns");
        }
        List<Object> boundaries = boundaries(rule, table, algorithm, perShard);
        String physicalName = physicalName(rule);
        if (problems.count() > before) {
            return null;
        }
        return new ShardBy(columns, algorithm, perShard, boundaries, physicalName);
    }

    private List<String> columns(YamlMap rule, String table) {
        boolean one = rule.has(PlanKey.SHARD_BY_COLUMN);
        if (one == rule.has(PlanKey.SHARD_BY_COLUMNS)) {
            problems.add(one ? rule.keyNode(PlanKey.SHARD_BY_COLUMNS) : rule.node(), "shard-by of table " + table
                    + (one ? " gives both 'column' and 'columns'; give one"
                    : " needs 'column' (one key column) or 'columns' (a list)"));
            return null;
        }
        if (one) {
            String column = rule.string(PlanKey.SHARD_BY_COLUMN);
            return column == null ? null : List.of(column);
        }
        List<Node> items = rule.list(PlanKey.SHARD_BY_COLUMNS);
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.add(rule.value(PlanKey.SHARD_BY_COLUMNS), "'columns' of table " + table
                    + " is empty; list at least one column");
            return null;
        }
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || YamlMap.isEmpty(scalar)) {
                problems.add(item, "expected a column name in 'columns' of table " + table + "; found "
                        + YamlMap.describe(item));
            } else if (!seen.add(scalar.getValue().toUpperCase(Locale.ROOT))) {
                problems.add(item, "column " + scalar.getValue() + " is listed twice in 'columns' of table " + table);
            } else {
                columns.add(scalar.getValue());
            }
        }
        return columns.size() == items.size() ? columns : null;
    }

    private List<Object> boundaries(YamlMap rule, String table, Algorithm algorithm, Integer perShard) {
        Integer needed = shardCount == null || perShard == null ? null : shardCount * perShard - 1;
        String count = needed == null ? "" : " (" + shardCount + " shards x " + perShard + " tables-per-shard - 1 = "
                + needed + ")";
        if (!rule.has(PlanKey.SHARD_BY_BOUNDARIES)) {
            if (algorithm == Algorithm.RANGE && !Integer.valueOf(0).equals(needed)) {
                problems.add(rule.node(), "algorithm range of table " + table
                        + " needs 'boundaries': one strictly ascending "
                        + "lower bound per physical table after the first" + count);
            }
            return List.of();
        }
        if (algorithm != Algorithm.RANGE) {
            if (algorithm != null) {
                problems.add(rule.keyNode(PlanKey.SHARD_BY_BOUNDARIES),
                        "'boundaries' only applies to algorithm range; table "
                        + table + " uses " + algorithm.yamlName());
            }
            return List.of();
        }
        List<Node> items = rule.list(PlanKey.SHARD_BY_BOUNDARIES);
        if (items == null) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        for (Node item : items) {
            Object value = boundary(item);
            if (value == null) {
                return List.of();
            }
            values.add(value);
        }
        if (needed != null && values.size() != needed) {
            problems.add(rule.value(PlanKey.SHARD_BY_BOUNDARIES), "table " + table + " needs " + needed
                    + (needed == 1 ? " boundary" : " boundaries")
                    + count + "; found " + values.size());
        }
        for (int i = 1; i < values.size(); i++) {
            Object previous = values.get(i - 1);
            Object value = values.get(i);
            if (previous.getClass() != value.getClass()) {
                problems.add(items.get(i), "boundaries of table " + table + " mix integers and strings ("
                        + show(previous)
                        + " and " + show(value) + "); use all integers or all strings");
                break;
            }
            if (compare(previous, value) >= 0) {
                problems.add(items.get(i), "boundaries of table " + table + " must be strictly ascending; "
                        + show(value)
                        + " follows " + show(previous));
                break;
            }
        }
        return values;
    }

    /** A Long for a plain decimal integer, a String for any other text, or null (recorded). */
    private Object boundary(Node item) {
        if (!(item instanceof ScalarNode scalar) || YamlMap.isEmpty(scalar)) {
            problems.add(item, "expected an integer or a string in 'boundaries'; found " + YamlMap.describe(item));
            return null;
        }
        String v = scalar.getValue();
        if (!scalar.isPlain()) {
            return v;
        }
        if (INTEGER.matcher(v).matches()) {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                problems.add(item, "boundary " + v + " is outside the 64-bit integer range");
                return null;
            }
        }
        if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
            problems.add(item, "boundary " + v + " is neither a decimal integer nor a string; write an integer "
                    + "such as 20240101, or quote the value to compare it as a string");
            return null;
        }
        return v;
    }

    private String physicalName(YamlMap rule) {
        ScalarNode node = rule.scalar(PlanKey.SHARD_BY_PHYSICAL_NAME);
        if (node == null) {
            return null;
        }
        String problem = physicalNameProblem(node.getValue());
        if (problem != null) {
            problems.add(node, "physical-name '" + node.getValue() + "' " + problem);
        }
        return node.getValue();
    }

    private static String physicalNameProblem(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder literal = new StringBuilder();
        int indexes = 0;
        int last = 0;
        while (m.find()) {
            literal.append(pattern, last, m.start());
            last = m.end();
            String name = m.group(1);
            if (name.equals("index") || name.matches("index:[1-4]")) {
                indexes++;
            } else if (name.startsWith("index:")) {
                return "has {" + name + "}; the width W in {index:W} must be 1..4";
            } else if (!name.equals("table")) {
                return "has unknown placeholder {" + name + "}; allowed: " + PLACEHOLDERS;
            }
        }
        literal.append(pattern.substring(last));
        if (literal.indexOf("{") >= 0 || literal.indexOf("}") >= 0) {
            return "has an unmatched '{' or '}'; placeholders are " + PLACEHOLDERS;
        }
        if (indexes != 1) {
            return (indexes == 0 ? "must contain {index} or {index:W}" : "must contain the index once, not "
                    + indexes + " times")
                    + "; placeholders are " + PLACEHOLDERS;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static String show(Object value) {
        return value instanceof String s ? "'" + s + "'" : value.toString();
    }
}
