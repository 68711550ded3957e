package io.cutover.bench;

import io.cutover.cdc.StreamTracker;
import io.cutover.cdc.internal.apply.Applier;
import io.cutover.cdc.internal.apply.Change;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.cdc.internal.event.ChangeDecoder;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import io.debezium.connector.jdbc.JdbcSinkConnectorTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The apply side alone (bench/README.md): the workload of {@link StreamBench} is captured once into memory,
 * in the engine's batches, then the same records are fed to (b') Cutover's decoder and applier (route,
 * collapse, multi-row upserts into 4 MariaDB shards) and (c') Debezium's JDBC sink task (one MariaDB table),
 * alternating which goes first. Prints events/s of each round and the ratio b'/c'. Arguments: the number of
 * changes (default 200,000) and of rounds (default 2).
 */
public final class ApplyBench {
    private ApplyBench() {
    }

    public static void main(String[] args) throws Exception {
        int requested = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (SandboxCluster servers = SandboxCluster.start(1, 2)) {
            BenchSource source = BenchSource.create(servers.postgres(0), "bench_r");
            DatabaseServer m0 = servers.mariadb(0);
            DatabaseServer m1 = servers.mariadb(1);
            for (int s = 0; s < 4; s++) {
                Targets.create(s < 2 ? m0 : m1, "shard" + s, "CREATE TABLE orders " + Targets.ORDERS);
            }
            Targets.create(m1, "sink", "CREATE TABLE orders_sink " + Targets.ORDERS);
            Targets.create(m0, "state_r");
            int changes = source.generate(requested);
            MigrationPlan plan = StreamBench.plan(servers, source, "state_r");
            List<List<SourceRecord>> batches = new ArrayList<>();
            double capture = Capture.run(plan, "bench_r", changes, b -> batches.add(new ArrayList<>(b)));
            System.out.printf(Locale.ROOT, "captured %,d row changes in %,d batches (%,.0f events/s)%n", changes,
                    batches.size(), capture);
            for (int round = 0; round < rounds; round++) {
                double b = 0;
                double c = 0;
                for (int turn = 0; turn < 2; turn++) {
                    if ((round + turn) % 2 == 0) {
                        reset(m0, m1);
                        b = cutover(plan, batches, changes);
                    } else {
                        Targets.exec(m1, "sink", "DELETE FROM orders_sink");
                        c = jdbcSink(plan, batches, changes, m1);
                    }
                }
                long shardRows = 0;
                for (int s = 0; s < 4; s++) {
                    shardRows += Targets.count(s < 2 ? m0 : m1, "shard" + s, "orders");
                }
                System.out.printf(Locale.ROOT, "round %d (%s first): (b') Cutover apply, 4 shards %,10.0f events/s"
                                + " (%,d rows)   (c') Debezium JDBC sink %,10.0f events/s (%,d rows)   b'/c' = %.2f%n",
                        round + 1, round % 2 == 0 ? "b'" : "c'", b, shardRows, c,
                        Targets.count(m1, "sink", "orders_sink"), b / c);
            }
            System.out.printf(Locale.ROOT, "source rows: %,d%n", source.rows());
        }
    }

    /** Empty shards without stored positions, so every change is applied again. */
    private static void reset(DatabaseServer m0, DatabaseServer m1) throws Exception {
        for (int s = 0; s < 4; s++) {
            Targets.exec(s < 2 ? m0 : m1, "shard" + s, "DELETE FROM orders", "DROP TABLE IF EXISTS cutover_position");
        }
    }

    private static double cutover(MigrationPlan plan, List<List<SourceRecord>> batches, int changes) {
        try (Applier applier = new Applier(plan, StreamTracker.NONE)) {
            ChangeDecoder decoder = new ChangeDecoder(plan, applier, plan.stream().onDdl(), ConnectorProperties.PLACEHOLDER);
            List<Change> decoded = new ArrayList<>();
            long start = System.nanoTime();
            for (List<SourceRecord> batch : batches) {
                decoded.clear();
                for (SourceRecord r : batch) {
                    decoded.add(decoder.decode(r));
                }
                applier.apply(decoded);
            }
            return changes * 1e9 / (System.nanoTime() - start);
        }
    }

    private static double jdbcSink(MigrationPlan plan, List<List<SourceRecord>> batches, int changes,
                                   DatabaseServer target) {
        JdbcSinkConnectorTask task = JdbcSinkApply.start(target, "sink", plan.stream().batchSize());
        try {
            long[] offset = {0};
            long start = System.nanoTime();
            for (List<SourceRecord> batch : batches) {
                task.put(JdbcSinkApply.sinkRecords(batch, offset));
            }
            return changes * 1e9 / (System.nanoTime() - start);
        } finally {
            task.stop();
        }
    }
}
