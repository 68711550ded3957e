package io.cutover.bench;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The stream benchmark (bench/README.md): one generated workload on a private PostgreSQL, streamed by
 * (a) Debezium capture alone into a consumer that discards the events, (b) {@code cutover stream} into 4
 * MariaDB shards (2 servers x 2 databases), (c) Debezium's JDBC sink into one MariaDB table. Prints events/s
 * of each and the ratios b/a and b/c. Argument: the number of changes (default 200,000).
 */
public final class StreamBench {
    private StreamBench() {
    }

    public static void main(String[] args) throws Exception {
        int requested = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        try (SandboxCluster servers = SandboxCluster.start(1, 2)) {
            BenchSource source = BenchSource.create(servers.postgres(0), "bench_a", "bench_b", "bench_c");
            DatabaseServer m0 = servers.mariadb(0);
            DatabaseServer m1 = servers.mariadb(1);
            for (int s = 0; s < 4; s++) {
                Targets.create(s < 2 ? m0 : m1, "shard" + s, "CREATE TABLE orders " + Targets.ORDERS); // one physical table per shard
            }
            Targets.create(m1, "sink", "CREATE TABLE orders_sink " + Targets.ORDERS);
            for (String state : new String[] {"state_a", "state_b", "state_c"}) {
                Targets.create(m0, state);
            }
            long start = System.nanoTime();
            int changes = source.generate(requested);
            System.out.printf(Locale.ROOT, "workload: %,d row changes in %.1f s; %,d rows remain%n", changes,
                    (System.nanoTime() - start) / 1e9, source.rows());

            double a = Capture.run(plan(servers, source, "state_a"), "bench_a", changes, batch -> { });
            System.out.printf(Locale.ROOT, "(a) Debezium capture, discarding consumer: %,10.0f events/s%n", a);
            double b = CutoverApply.run(plan(servers, source, "state_b"), "bench_b", changes);
            long shardRows = 0;
            for (int s = 0; s < 4; s++) {
                shardRows += Targets.count(s < 2 ? m0 : m1, "shard" + s, "orders");
            }
            System.out.printf(Locale.ROOT, "(b) Cutover capture + route + apply, 4 shards: %,10.0f events/s (%,d rows)%n",
                    b, shardRows);
            double c = JdbcSinkApply.run(plan(servers, source, "state_c"), "bench_c", changes, m1, "sink");
            System.out.printf(Locale.ROOT, "(c) Debezium JDBC sink, one table: %,10.0f events/s (%,d rows)%n", c,
                    Targets.count(m1, "sink", "orders_sink"));
            System.out.printf(Locale.ROOT, "b/a = %.2f (target >= 0.7)   b/c = %.2f (target >= 3)%n", b / a, b / c);
        }
    }

    static MigrationPlan plan(SandboxCluster servers, BenchSource source, String state) {
        StringBuilder shards = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            DatabaseServer m = servers.mariadb(s / 2);
            shards.append("    - { name: s").append(s).append(", jdbc-url: \"").append(m.jdbcUrl("shard" + s))
                    .append("\", username: cutover, password: cutover }\n");
        }
        String yaml = "name: bench\nsource: { type: postgresql, jdbc-url: \"" + source.url()
                + "\", username: cutover, password: cutover, schema: public }\n"
                + "target:\n  dialect: mariadb\n  shards:\n" + shards
                + "tables: [ { source: orders, shard-by: { column: id, algorithm: hash } } ]\n"
                + "stream:\n  state: { jdbc-url: \"" + servers.mariadb(0).jdbcUrl(state)
                + "\", username: cutover, password: cutover }\n";
        return PlanLoader.load("bench.yaml", yaml, Path.of("."), k -> null);
    }
}
