package io.cutover.mappings.shard;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.Secret;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.plan.Source;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.plan.Target;
import java.util.ArrayList;
import java.util.List;

/** Migration plans built directly from the plan records, for router tests. */
final class Plans {
    static final String FILE = "test.yaml";

    private Plans() {
    }

    /** A plan with shards s0..s{n-1}. */
    static MigrationPlan plan(int shards, TableMapping... tables) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            endpoints.add(endpoint("s" + i));
        }
        Source source = new Source(SourceType.ORACLE, endpoint("oracle"), "APP");
        return new MigrationPlan("test", FILE, source, new Target(Dialect.MARIADB, endpoints), List.of(tables));
    }

    static ShardRouter router(int shards, TableMapping... tables) {
        return ShardRouter.of(plan(shards, tables));
    }

    /** A one-table router for ORDERS -> orders. */
    static TableRoute orders(int shards, Algorithm algorithm, int tablesPerShard, String pattern,
                             List<Object> boundaries, String... columns) {
        return router(shards, sharded("ORDERS", "orders", algorithm, tablesPerShard, pattern, boundaries, columns))
                .table("ORDERS");
    }

    static TableMapping sharded(String source, String target, Algorithm algorithm, int tablesPerShard,
                                String pattern, List<Object> boundaries, String... columns) {
        ShardBy rule = new ShardBy(List.of(columns), algorithm, tablesPerShard, boundaries, pattern);
        return new TableMapping(source, target, Placement.SHARDED, rule, null, location(source));
    }

    static TableMapping unsharded(String source, Placement placement, String homeShard) {
        return new TableMapping(source, source.toLowerCase(), placement, null, homeShard, location(source));
    }

    private static SourceLocation location(String table) {
        return new SourceLocation(FILE, 10 + table.length(), 5);
    }

    private static Endpoint endpoint(String name) {
        return new Endpoint(name, "jdbc:mariadb://localhost/" + name, "cutover", Secret.NONE, SourceLocation.UNKNOWN);
    }
}
