package io.cutover.cdc.snapshot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamStatus;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB source, two MariaDB shards with 4 tables each: a snapshot while a writer keeps changing the source,
 * then the stream from the snapshot's point; the target ends equal to the source row for row. The first test
 * copies 1M EVENTS rows (composite key) with LOAD DATA and deferred secondary indexes; the kill test copies 200k.
 */
@Servers(mariadb = 3)
class SnapshotEndToEndTest {
    private static final int EVENTS = 1_000_000;
    private static final int KILLED_EVENTS = 200_000;

    @Test
    void snapshotWhileWritingThenStreamEqualsTheSource(SandboxCluster servers) throws Exception {
        ShopFixture f = fixture(servers, 0, EVENTS);
        Churn churn = new Churn(f.source, 1, EVENTS);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(churn);
        SnapshotResult result = Snapshot.of(f.plan).parallel(3).deferIndexes(true).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, result.outcome(), result.message());
        TableProgress events = result.tables().get(0);
        System.out.printf(Locale.ROOT, "snapshot of %,d events rows: %.1f s, %,.0f rows/s; whole run %.1f s; %s%n",
                events.rowsDone(), events.seconds(), events.rowsPerSecond(), result.seconds(), result.notes());
        assertTrue(result.notes().contains("writes: LOAD DATA LOCAL INFILE"), result.notes().toString());
        assertTrue(String.join("\n", result.notes()).contains("indexes: built 8 deferred indexes on 8 physical tables"),
                result.notes().toString());
        assertTrue(f.eventIndexesExist());
        assertEquals(SnapshotMethod.BINLOG_CONSISTENT_SNAPSHOT, result.method());
        assertEquals(result.point(), result.readPoint());
        streamUntilEqual(f, churn, writer);

        SnapshotResult again = Snapshot.of(f.plan).run();
        assertEquals(SnapshotResult.Outcome.PRECONDITION, again.outcome());
        assertTrue(again.message().contains("cutover stream has started from this snapshot's point"), again.message());
    }

    @Test
    void killedSnapshotResumesWithOnlyTheUnfinishedChunks(SandboxCluster servers, @TempDir Path dir) throws Exception {
        ShopFixture f = fixture(servers, 1, KILLED_EVENTS);
        Path mapping = dir.resolve("shop.yaml");
        Files.writeString(mapping, f.yaml);
        Churn churn = new Churn(f.source, 2, KILLED_EVENTS);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(churn);
        Process killed = start(mapping, dir.resolve("snapshot.log"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> copied(f) >= 6);
        killed.destroyForcibly(); // SIGKILL in the middle of the copy
        killed.waitFor(30, TimeUnit.SECONDS);
        long before = copied(f);
        assertFalse(f.eventIndexesExist(), "the killed run deferred the EVENTS indexes");

        SnapshotResult result = Snapshot.of(f.plan).parallel(2).rowsPerChunk(5000).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, result.outcome(), result.message());
        TableProgress events = result.tables().get(0);
        assertEquals("events", events.table());
        assertTrue(events.chunksKept() > 0 && events.chunksKept() < events.chunksTotal(), events.toString());
        assertTrue(String.join("\n", result.notes()).contains("resumed: the snapshot's point"), result.notes().toString());
        assertTrue(copied(f) > before);
        assertTrue(String.join("\n", result.notes()).contains("indexes: built 8 deferred indexes"), result.notes().toString());
        assertTrue(f.eventIndexesExist(), "the rerun, without --defer-indexes, built the indexes the killed run dropped");
        streamUntilEqual(f, churn, writer);
    }

    /**
     * The state database on server {@code stateServer}: Debezium's JDBC offset store looks for its table in
     * every database of a MariaDB server, so each test keeps its offsets on a server of its own.
     */
    private static ShopFixture fixture(SandboxCluster servers, int stateServer, int events) {
        return new ShopFixture(Db.create(servers.mariadb(2), "src"), List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(1), "s1")), Db.create(servers.mariadb(stateServer), "state"), events);
    }

    private static void streamUntilEqual(ShopFixture f, Churn churn, CompletableFuture<Void> writer) throws Exception {
        Stream stream = Stream.of(f.plan);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> run.isDone() || applied(f) > 0);
        churn.stop();
        writer.join();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> run.isDone() || f.checksumsAgree());
        stream.stop();
        StreamResult result = run.get();
        assertEquals(StreamResult.Outcome.STOPPED, result.outcome(), result.message());
        for (String table : ShopFixture.TABLES) {
            assertEquals(f.sourceRows(table), f.targetRows(table), table);
        }
    }

    private static long applied(ShopFixture f) {
        long sum = 0;
        for (StreamStatus.ShardStatus s : StreamStatus.read(f.plan).shards()) {
            sum += s.rowsApplied();
        }
        return sum;
    }

    /** Chunks of EVENTS committed on the first shard. */
    private static long copied(ShopFixture f) {
        try {
            return ((Number) f.shards.get(0).rows("SELECT COUNT(*) FROM cutover_snapshot WHERE table_name = 'events'"
                    + " AND state = 'copied'").get(0)[0]).longValue();
        } catch (IllegalStateException e) {
            return 0; // the table is not created yet
        }
    }

    private static Process start(Path mapping, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SnapshotMain.class.getName(), mapping.toString(), "40000",
                "defer-indexes"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
