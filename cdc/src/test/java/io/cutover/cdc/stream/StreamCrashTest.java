package io.cutover.cdc.stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.cdc.Db;
import io.cutover.cdc.StreamStatus;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the stream process at random points during a workload; every restart resumes, the end state equals the source. */
@Servers(postgres = 1, mariadb = 2)
class StreamCrashTest {

    @Test
    void killedAndRestartedManyTimesTheTargetStillEqualsTheSource(SandboxCluster servers, @TempDir Path dir)
            throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        Workload.createTables(source, true);
        Targets t = new Targets(source, "postgresql", List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(1), "s1")), "mariadb", Db.create(servers.mariadb(0), "state"));
        Path mapping = dir.resolve("e2e.yaml");
        Files.writeString(mapping, t.yaml);
        Workload workload = new Workload(source, 3);
        workload.run(300);
        // The workload keeps writing until the fifth kill (and ~50k row changes), so every stream run has new
        // changes to apply: a run started after the last write would wait for a batch that never comes.
        AtomicBoolean enough = new AtomicBoolean();
        CompletableFuture<Void> changes = CompletableFuture.runAsync(() -> {
            for (int steps = 0; steps < 30_000 || !enough.get(); steps += 500) {
                workload.run(500);
            }
        });
        Random random = new Random(7);
        int kills = 0;
        while (kills < 5) {
            if (changes.isDone()) {
                changes.join(); // the workload failed: say why
            }
            Path log = dir.resolve("stream-" + kills + ".log");
            Process stream = start(mapping, log, "-Dorg.slf4j.simpleLogger.log.io.debezium=info");
            try {
                long before = applied(t);
                // generous: on a loaded 2-core machine a fresh JVM needs a while before its first batch
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> applied(t) > before);
                Thread.sleep(random.nextInt(1500)); // then at a random point of the stream
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("stream run " + kills + " applied nothing; source replication: " + replication(source)
                        + "; its log ends with:\n" + tail(log), e);
            } finally {
                stream.destroyForcibly(); // SIGKILL, also when the wait failed: no stream outlives the test
                stream.waitFor(30, TimeUnit.SECONDS);
            }
            kills++;
        }
        enough.set(true);
        changes.join();
        Process last = start(mapping, dir.resolve("stream-final.log"));
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(t::converged);
        } finally {
            last.destroy(); // SIGTERM: stops cleanly after the batch in flight
            last.waitFor(60, TimeUnit.SECONDS);
        }
        assertEquals(t.sourceRows("orders"), t.targetRows("orders", 4, 1));
        assertEquals(t.sourceRows("items"), t.targetRows("items", 4, 0));
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    /** The source's replication slots and their walsenders, for a failure message. */
    private static String replication(Db source) {
        StringBuilder out = new StringBuilder();
        for (Object[] row : source.rows("SELECT slot_name, active, active_pid, confirmed_flush_lsn, pg_current_wal_lsn()"
                + " FROM pg_replication_slots")) {
            out.append(java.util.Arrays.toString(row));
        }
        for (Object[] row : source.rows("SELECT pid, backend_type, state, wait_event, left(query, 80)"
                + " FROM pg_stat_activity WHERE backend_type IN ('walsender', 'client backend')")) {
            out.append(java.util.Arrays.toString(row));
        }
        return out.toString();
    }

    /** Changes applied over all shards, from the stored positions; 0 before the first streamed batch. */
    static long applied(Targets t) {
        long sum = 0;
        for (StreamStatus.ShardStatus s : StreamStatus.read(t.plan).shards()) {
            sum += s.rowsApplied();
        }
        return sum;
    }

    /** A stream in its own JVM; {@code jvmOptions} come before the main class. */
    static Process start(Path mapping, Path log, String... jvmOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(StreamMain.class.getName(), mapping.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
