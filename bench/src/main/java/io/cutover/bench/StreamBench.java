package io.cutover.bench;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stream benchmark (bench/README.md): one generated workload on a private PostgreSQL, streamed by
 * (a) Debezium capture alone into a consumer that discards the events, (b) {@code cutover stream} into 4
 * MariaDB shards (2 servers x 2 databases), (c) Debezium's JDBC sink into one MariaDB table. Prints events/s
 * of each and the ratios b/a and b/c, per round; rounds alternate the order (a, b, c then c, b, a), each
 * contender on its own slot of the same WAL. Arguments: the number of changes (default 200,000), of rounds
 * (default 2) and the contenders to run (default {@code abc}).
 */
public final class StreamBench {
    private StreamBench() {
    }

    public static void main(String[] args) throws Exception {
        int requested = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String contenders = args.length > 2 ? args[2] : "abc"; // fewer, to profile one of them
        String[] slots = new String[rounds * 3];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 3; k++) {
                slots[r * 3 + k] = "bench_" + "abc".charAt(k) + r;
            }
        }
        try (SandboxCluster servers = SandboxCluster.start(1, 2)) {
            BenchSource source = BenchSource.create(servers.postgres(0), slots);
            DatabaseServer m0 = servers.mariadb(0);
            DatabaseServer m1 = servers.mariadb(1);
            for (int s = 0; s < 4; s++) {
                Targets.create(s < 2 ? m0 : m1, "shard" + s, "CREATE TABLE orders " + Targets.ORDERS); // one physical table per shard
            }
            Targets.create(m1, "sink", "CREATE TABLE orders_sink " + Targets.ORDERS);
            for (String slot : slots) {
                Targets.create(m0, "state_" + slot);
            }
            long start = System.nanoTime();
            int changes = source.generate(requested);
            System.out.printf(Locale.ROOT, "workload: %,d row changes in %.1f s; %,d rows remain%n", changes,
                    (System.nanoTime() - start) / 1e9, source.rows());
            Map<String, DatabaseServer[]> groups = new LinkedHashMap<>();
            groups.put("source", new DatabaseServer[] {servers.postgres(0)});
            groups.put("MariaDB", new DatabaseServer[] {m0, m1});
            CpuUse cpuUse = new CpuUse(groups);
            for (int r = 0; r < rounds; r++) {
                // alternate: the first contender runs in the coldest JVM
                String order = r % 2 == 0 ? contenders : new StringBuilder(contenders).reverse().toString();
                double[] rate = new double[3];
                for (char contender : order.toCharArray()) {
                    String slot = "bench_" + contender + r;
                    MigrationPlan plan = plan(servers, source, "state_" + slot);
                    if (contender == 'b') {
                        for (int s = 0; s < 4; s++) { // empty shards without stored positions
                            Targets.exec(s < 2 ? m0 : m1, "shard" + s, "DELETE FROM orders",
                                    "DROP TABLE IF EXISTS cutover_position", "DROP TABLE IF EXISTS cutover_touched");
                        }
                    } else if (contender == 'c') {
                        Targets.exec(m1, "sink", "DELETE FROM orders_sink");
                    }
                    double settled = cpuUse.settle();
                    Map<String, Double> before = cpuUse.now();
                    switch (contender) {
                        case 'a' -> rate[0] = Capture.run(plan, slot, changes, batch -> { });
                        case 'b' -> rate[1] = CutoverApply.run(plan, slot, changes);
                        default -> rate[2] = JdbcSinkApply.run(plan, slot, changes, m1, "sink");
                    }
                    System.out.printf(Locale.ROOT, "  (%c) after %.1f s for the JVM and servers to settle; CPU, engine start-up"
                            + " included: %s%n", contender, settled, CpuUse.between(before, cpuUse.now()));
                }
                long shardRows = 0;
                for (int s = 0; s < 4; s++) {
                    shardRows += Targets.count(s < 2 ? m0 : m1, "shard" + s, "orders");
                }
                System.out.printf(Locale.ROOT, "round %d (%s): (a) capture %,.0f   (b) Cutover %,.0f (%,d rows)"
                                + "   (c) JDBC sink %,.0f (%,d rows) events/s   b/a = %.2f   b/c = %.2f%n",
                        r + 1, String.join(", ", order.split("")), rate[0], rate[1], shardRows, rate[2],
                        Targets.count(m1, "sink", "orders_sink"), rate[1] / rate[0], rate[1] / rate[2]);
            }
            System.out.println("targets: b/a >= 0.7, b/c >= 3; source rows: " + source.rows());
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
