package io.cutover.cli.plan;

import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.JdbcUrls;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a plan means on the target, shaped for printing as text or JSON. Holds no credentials. */
record PlanLayout(String name, String file, EndpointInfo source, String sourceType, String sourceSchema,
                  String dialect, List<EndpointInfo> shards, List<TableInfo> tables) {

    record EndpointInfo(String name, String url, String username) {
        static EndpointInfo of(Endpoint e) {
            return new EndpointInfo(e.name(), JdbcUrls.redact(e.jdbcUrl()), e.username());
        }
    }

    /** One mapped table; {@code layout} maps each shard name to its physical tables. */
    record TableInfo(String source, String target, String placement, String algorithm, List<String> keyColumns,
                     int physicalTables, Map<String, List<String>> layout) {
    }

    static PlanLayout of(MigrationPlan plan) {
        ShardRouter router = ShardRouter.of(plan);
        List<EndpointInfo> shards = new ArrayList<>();
        for (Endpoint shard : plan.target().shards()) {
            shards.add(EndpointInfo.of(shard));
        }
        List<TableInfo> tables = new ArrayList<>();
        for (TableMapping t : plan.tables()) {
            tables.add(table(router, t));
        }
        return new PlanLayout(plan.name(), plan.file(), EndpointInfo.of(plan.source().endpoint()),
                plan.source().type().yamlName(), plan.source().schema(), plan.target().dialect().yamlName(),
                shards, tables);
    }

    private static TableInfo table(ShardRouter router, TableMapping t) {
        String placement = t.placement().name().toLowerCase(java.util.Locale.ROOT);
        if (t.placement() == Placement.EXCLUDED) {
            return new TableInfo(t.source(), null, placement, null, List.of(), 0, Map.of());
        }
        Map<String, List<String>> layout = new LinkedHashMap<>();
        List<PhysicalTable> physical = router.table(t.source()).all();
        for (PhysicalTable p : physical) {
            layout.computeIfAbsent(p.shardName(), s -> new ArrayList<>()).add(p.tableName());
        }
        boolean sharded = t.placement() == Placement.SHARDED;
        return new TableInfo(t.source(), t.target(), placement,
                sharded ? t.shardBy().algorithm().yamlName() : null,
                sharded ? t.shardBy().columns() : List.of(), physical.size(), layout);
    }
}
