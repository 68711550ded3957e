package io.cutover.mappings.shard;

import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.value.CanonicalValues;
import io.cutover.mappings.value.TextOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one table mapping against what routing needs and precomputes its {@link TableRoute}. Problems go
 * to a list so that {@link ShardRouter#of} can report every one of them at once.
 */
final class RouteFactory {
    private final List<String> shards;
    private final List<String> problems;

    RouteFactory(List<Endpoint> shards, List<String> problems) {
        this.shards = shards.stream().map(Endpoint::name).toList();
        this.problems = problems;
    }

    /** The route of a non-excluded table, or null after recording why there is none. */
    TableRoute create(TableMapping t) {
        int before = problems.size();
        if (t.target() == null || t.target().isBlank()) {
            problem(t, "has no target table name");
        }
        if (t.placement() != Placement.SHARDED && t.shardBy() != null) {
            problem(t, "is " + t.placement() + " but has a shard rule; only sharded tables take one");
        }
        List<PhysicalTable> all = new ArrayList<>();
        List<String> keyColumns = List.of();
        ShardFunction function = null;
        switch (t.placement()) {
            case BROADCAST -> {
                for (int s = 0; s < shards.size(); s++) {
                    all.add(new PhysicalTable(shards.get(s), s, t.target(), s));
                }
            }
            case SINGLE -> {
                int home = shards.indexOf(t.homeShard());
                if (home < 0) {
                    problem(t, "has home shard " + t.homeShard() + ", which is not one of the shards " + shards);
                } else {
                    all.add(new PhysicalTable(t.homeShard(), home, t.target(), 0));
                }
            }
            case SHARDED -> {
                if (t.shardBy() == null) {
                    problem(t, "is sharded but has no shard rule");
                } else {
                    keyColumns = t.shardBy().columns();
                    function = function(t, t.shardBy());
                    if (function != null) {
                        all = physicalTables(t, t.shardBy());
                    }
                }
            }
            case EXCLUDED -> throw new IllegalArgumentException("excluded tables have no route: " + t.source());
        }
        if (problems.size() > before) {
            return null;
        }
        Map<String, List<PhysicalTable>> byShard = new LinkedHashMap<>();
        for (String shard : shards) {
            byShard.put(shard, new ArrayList<>());
        }
        for (PhysicalTable p : all) {
            byShard.get(p.shardName()).add(p);
        }
        byShard.replaceAll((shard, tables) -> List.copyOf(tables));
        return new TableRoute(t.source(), t.target(), t.placement(), keyColumns, function, all, byShard);
    }

    private ShardFunction function(TableMapping t, ShardBy rule) {
        if (rule.tablesPerShard() < 1) {
            problem(t, "has tables per shard " + rule.tablesPerShard() + "; it must be at least 1");
            return null;
        }
        long total = (long) shards.size() * rule.tablesPerShard();
        if (total > Integer.MAX_VALUE) {
            problem(t, "has " + total + " physical tables; at most " + Integer.MAX_VALUE + " are supported");
            return null;
        }
        Algorithm algorithm = rule.algorithm();
        if (algorithm == null) {
            problem(t, "has a shard rule without an algorithm; use mod, hash or range");
            return null;
        }
        if (rule.columns().isEmpty() || (algorithm != Algorithm.HASH && rule.columns().size() != 1)) {
            problem(t, "has shard key columns " + rule.columns() + "; " + algorithm.yamlName()
                    + (algorithm == Algorithm.HASH ? " needs at least one" : " needs exactly one"));
            return null;
        }
        if (algorithm != Algorithm.RANGE && !rule.boundaries().isEmpty()) {
            problem(t, "has range boundaries but algorithm " + algorithm.yamlName() + "; only range takes them");
        }
        String table = t.source();
        String column = rule.columns().get(0);
        return switch (algorithm) {
            case MOD -> new ModFunction(table, column, (int) total);
            case HASH -> new HashFunction(table, rule.columns(), (int) total);
            case RANGE -> range(t, rule.boundaries(), (int) total);
        };
    }

    private ShardFunction range(TableMapping t, List<Object> boundaries, int total) {
        String column = t.shardBy().columns().get(0);
        if (boundaries.size() != total - 1) {
            problem(t, "has " + boundaries.size() + " range boundaries; " + total + " physical tables need "
                    + (total - 1) + " (the lower bounds of tables 1.." + (total - 1) + ")");
            return null;
        }
        if (boundaries.stream().allMatch(CanonicalValues::isNumber)) {
            BigDecimal[] bounds = new BigDecimal[boundaries.size()];
            for (int i = 0; i < bounds.length; i++) {
                try {
                    bounds[i] = CanonicalValues.decimal(boundaries.get(i));
                } catch (IllegalArgumentException e) {
                    problem(t, "has range boundary " + (i + 1) + " that is not usable: " + e.getMessage());
                    return null;
                }
                if (i > 0 && bounds[i - 1].compareTo(bounds[i]) >= 0) {
                    problem(t, "has range boundaries out of order: " + bounds[i - 1] + " then " + bounds[i]
                            + "; they must strictly ascend");
                }
            }
            return new NumericRangeFunction(t.source(), column, bounds);
        }
        if (boundaries.stream().allMatch(String.class::isInstance)) {
            String[] bounds = boundaries.toArray(new String[0]);
            for (int i = 1; i < bounds.length; i++) {
                if (TextOrder.compare(bounds[i - 1], bounds[i]) >= 0) {
                    problem(t, "has range boundaries out of order: '" + bounds[i - 1] + "' then '" + bounds[i]
                            + "'; they must strictly ascend in binary (code point) order");
                }
            }
            return new TextRangeFunction(t.source(), column, bounds);
        }
        List<String> types = boundaries.stream().map(CanonicalValues::typeName).distinct().toList();
        problem(t, "has range boundaries of types " + types + "; they must be all numbers or all strings"
                + " (write dates as quoted strings, e.g. '2024-01-01')");
        return null;
    }

    private List<PhysicalTable> physicalTables(TableMapping t, ShardBy rule) {
        List<PhysicalTable> all = new ArrayList<>();
        int perShard = rule.tablesPerShard();
        for (int s = 0; s < shards.size(); s++) {
            Set<String> names = new HashSet<>();
            for (int i = s * perShard; i < (s + 1) * perShard; i++) {
                String name;
                try {
                    name = PhysicalNames.name(rule.physicalName(), perShard, t.target(), i);
                } catch (IllegalArgumentException e) {
                    problem(t, "has a physical name pattern with an " + e.getMessage());
                    return all;
                }
                if (!names.add(name)) {
                    problem(t, "names two physical tables on shard " + shards.get(s) + " '" + name
                            + "'; with several tables per shard the name pattern needs {index}");
                    return all;
                }
                all.add(new PhysicalTable(shards.get(s), s, name, i));
            }
        }
        return all;
    }

    private void problem(TableMapping t, String message) {
        problems.add((t.location() == null ? SourceLocation.UNKNOWN : t.location()) + ": table " + t.source() + " " + message);
    }
}
