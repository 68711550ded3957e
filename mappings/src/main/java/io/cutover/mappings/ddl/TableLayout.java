package io.cutover.mappings.ddl;

import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the physical tables of one source table live.
 *
 * @param logicalName the target table name before sharding
 * @param byShard     shard name to the physical tables on it, in shard order; absent shards hold none
 */
record TableLayout(Table table, TableMapping mapping, String logicalName, Map<String, List<PhysicalTable>> byShard) {

    /** One physical table; {@code index} is its global number for sharded tables, -1 otherwise. */
    record PhysicalTable(String name, int index) {
    }

    private static final Pattern INDEX = Pattern.compile("\\{index(?::(\\d+))?}");

    static TableLayout of(Table table, TableMapping mapping, List<String> shards) {
        String logical = mapping.target();
        Map<String, List<PhysicalTable>> byShard = new LinkedHashMap<>();
        for (int s = 0; s < shards.size(); s++) {
            String shard = shards.get(s);
            List<PhysicalTable> here = switch (mapping.placement()) {
                case SHARDED -> shardedOn(mapping.shardBy(), logical, s);
                case BROADCAST -> List.of(new PhysicalTable(logical, -1));
                case SINGLE -> shard.equals(mapping.homeShard()) ? List.of(new PhysicalTable(logical, -1)) : List.of();
                case EXCLUDED -> List.of();
            };
            if (!here.isEmpty()) {
                byShard.put(shard, here);
            }
        }
        return new TableLayout(table, mapping, logical, byShard);
    }

    Placement placement() {
        return mapping.placement();
    }

    List<PhysicalTable> on(String shard) {
        return byShard.getOrDefault(shard, List.of());
    }

    List<PhysicalTable> all() {
        return byShard.values().stream().flatMap(List::stream).toList();
    }

    /** All rows live in one physical table, so a per-table generator (identity, AUTO_INCREMENT) stays unique. */
    boolean onePhysicalTable() {
        return placement() != Placement.EXCLUDED && byShard.values().stream().mapToInt(List::size).sum() == 1;
    }

    /**
     * The physical tables of a sharded table on shard number {@code shard}: tables
     * {@code shard * tablesPerShard} up to the next shard's first. This is the numbering the shard router
     * implements; once {@code io.cutover.mappings.shard.ShardRouter} is merged this method becomes
     * {@code ShardRouter.of(plan).table(source).onShard(name)}, so DDL and routing can never disagree.
     */
    private static List<PhysicalTable> shardedOn(ShardBy by, String logical, int shard) {
        int perShard = by.tablesPerShard();
        String pattern = by.physicalName() != null ? by.physicalName() : perShard == 1 ? "{table}" : "{table}_{index}";
        List<PhysicalTable> out = new ArrayList<>();
        for (int i = shard * perShard; i < (shard + 1) * perShard; i++) {
            out.add(new PhysicalTable(physicalName(pattern, logical, i), i));
        }
        return out;
    }

    private static String physicalName(String pattern, String logical, int index) {
        Matcher m = INDEX.matcher(pattern.replace("{table}", logical));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = String.valueOf(index);
            int width = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement("0".repeat(Math.max(0, width - n.length())) + n));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
