package io.cutover.cdc.stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamStatus;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * With {@code stream.heartbeat-seconds}, the source's heartbeat table carries the source's time through the stream
 * to every shard while no mapped table changes: positions and source times move on, so lag stays true.
 */
@Servers(postgres = 1, mariadb = 1)
class StreamHeartbeatTest {

    @Test
    void postgresSource(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        Workload.createTables(source, true);
        idleSourceKeepsMovingEveryShard(new Targets(source, "postgresql", List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(0), "s1")), "mariadb", Db.create(servers.mariadb(0), "state")));
    }

    @Test
    void mariaDbSource(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.mariadb(0), "src");
        Workload.createTables(source, false);
        idleSourceKeepsMovingEveryShard(new Targets(source, "mariadb", List.of(Db.create(servers.postgres(0), "s0"),
                Db.create(servers.postgres(0), "s1")), "postgresql", Db.create(servers.postgres(0), "state")));
    }

    @Test
    void aSourceLoginThatMayNotCreateTheTableStopsTheStreamNamingTheStatements(SandboxCluster servers) {
        Db source = Db.create(servers.postgres(0), "src");
        Workload.createTables(source, true);
        source.exec("CREATE ROLE reader LOGIN REPLICATION PASSWORD 'reader-secret-7'",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
        Targets t = new Targets(source, "postgresql", List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(0), "s1")), "mariadb", Db.create(servers.mariadb(0), "state"));
        String yaml = t.yaml.replace("username: " + source.user + "\n  password: " + source.password,
                "username: reader\n  password: reader-secret-7") + "  heartbeat-seconds: 5\n";
        StreamResult result = Stream.of(PlanLoader.load("heartbeat.yaml", yaml, Path.of("."), k -> null)).run();

        assertEquals(StreamResult.Outcome.FAILED, result.outcome());
        assertTrue(result.message().startsWith("stream.heartbeat-seconds: cannot create the heartbeat table on the"
                + " source: ERROR: permission denied for schema public"), result.message());
        assertTrue(result.message().contains("have it created with: CREATE TABLE IF NOT EXISTS public.cutover_heartbeat"
                + " (job VARCHAR(128) PRIMARY KEY, beat TIMESTAMPTZ NOT NULL); and grant the stream's user INSERT and"
                + " UPDATE on it, or remove heartbeat-seconds"), result.message());
        assertTrue(!result.message().contains("reader-secret-7"), result.message());
    }

    private static void idleSourceKeepsMovingEveryShard(Targets t) throws Exception {
        MigrationPlan plan = PlanLoader.load("heartbeat.yaml", t.yaml + "  heartbeat-seconds: 1\n", Path.of("."), k -> null);
        t.source.exec("INSERT INTO items VALUES (1, 'snapshot')");
        Stream stream = Stream.of(plan);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> run.isDone() || t.converged());
        t.source.exec("INSERT INTO items VALUES (2, 'streamed')"); // one change, to one shard
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> run.isDone() || t.converged());
        long lastChange = System.currentTimeMillis();

        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> run.isDone() || allAfter(stream.status(), lastChange + 2_000));
        assertTrue(allAfter(StreamStatus.read(plan), lastChange + 2_000), "stored: " + StreamStatus.read(plan));
        for (StreamStatus.TableStatus table : StreamStatus.read(plan).tables()) {
            assertTrue(table.lagSeconds() < (System.currentTimeMillis() - lastChange) / 1000.0, table.toString());
        }
        assertEquals(1, t.source.rows("SELECT job FROM cutover_heartbeat").size());
        for (Db shard : t.shards) {
            assertEquals(0L, ((Number) shard.rows("SELECT COUNT(*) FROM information_schema.tables WHERE table_name ="
                    + " 'cutover_heartbeat' AND '" + shard.database + "' IN (table_schema, table_catalog)").get(0)[0])
                    .longValue(), "heartbeat table on shard " + shard.database);
        }
        stream.stop();
        StreamResult result = run.get();
        assertEquals(StreamResult.Outcome.STOPPED, result.outcome(), result.message());
        assertTrue(t.converged());
    }

    /** True when every shard has applied a source change committed after {@code millis}. */
    private static boolean allAfter(StreamStatus status, long millis) {
        return !status.shards().isEmpty() && status.shards().stream()
                .allMatch(s -> s.sourceTime() != null && s.sourceTime().toEpochMilli() > millis);
    }
}
