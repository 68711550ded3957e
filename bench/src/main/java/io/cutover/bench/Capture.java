package io.cutover.bench;

import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.internal.engine.ConnectorProperties;
import io.cutover.mappings.plan.MigrationPlan;
import io.debezium.embedded.Connect;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Runs a Debezium engine configured exactly as {@code cutover stream} configures it (same properties, same
 * batch size) on one replication slot, hands each batch's row changes to a {@link Sink}, and times from the
 * first change to the last: engine start-up is not counted.
 */
final class Capture {
    /** What a contender does with a batch of row changes. */
    interface Sink {
        void accept(List<SourceRecord> changes) throws Exception;
    }

    private Capture() {
    }

    /** Events per second from the first row change delivered to the last one handled. */
    static double run(MigrationPlan plan, String slot, int expected, Sink sink) throws Exception {
        Properties props = ConnectorProperties.build(plan, StreamOptions.of(plan).debezium(overrides(plan, slot)));
        CountDownLatch done = new CountDownLatch(1);
        long[] firstNanos = {0};
        long[] lastNanos = {0};
        int[] seen = {0};
        List<SourceRecord> changes = new java.util.ArrayList<>();
        DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine = DebeziumEngine.create(Connect.class)
                .using(props)
                .notifying((records, committer) -> {
                    changes.clear();
                    for (ChangeEvent<SourceRecord, SourceRecord> r : records) {
                        if (r.value().value() instanceof Struct v && v.schema().field("op") != null) {
                            changes.add(r.value());
                        }
                    }
                    if (!changes.isEmpty() && firstNanos[0] == 0) {
                        firstNanos[0] = System.nanoTime();
                    }
                    try {
                        sink.accept(changes);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    for (ChangeEvent<SourceRecord, SourceRecord> r : records) {
                        committer.markProcessed(r);
                    }
                    committer.markBatchFinished();
                    seen[0] += changes.size();
                    if (seen[0] >= expected) {
                        lastNanos[0] = System.nanoTime();
                        done.countDown();
                    }
                })
                .build();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.execute(engine);
        try {
            if (!done.await(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("only " + seen[0] + " of " + expected + " changes after 30 minutes");
            }
        } finally {
            engine.close();
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.MINUTES);
        }
        return expected * 1e9 / (lastNanos[0] - firstNanos[0]);
    }

    /** The slot made before the workload, the shared publication, and no snapshot: only the workload's changes. */
    static java.util.Map<String, String> overrides(MigrationPlan plan, String slot) {
        java.util.Map<String, String> p = new java.util.HashMap<>(plan.stream().debezium());
        p.put("slot.name", slot);
        p.put("publication.name", "bench_pub");
        p.put("publication.autocreate.mode", "disabled");
        p.put("snapshot.mode", "no_data");
        return p;
    }
}
