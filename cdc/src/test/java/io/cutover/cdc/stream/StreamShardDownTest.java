package io.cutover.cdc.stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamStatus;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A shard server goes away for 10 s mid-stream: the stream waits, names the shard, resumes and converges. */
@Servers(postgres = 1, mariadb = 2)
class StreamShardDownTest {

    @Test
    void aStoppedShardHoldsTheStreamUntilItIsBack(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        Workload.createTables(source, true);
        Targets t = new Targets(source, "postgresql", List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(1), "s1")), "mariadb", Db.create(servers.mariadb(0), "state"));
        Workload workload = new Workload(source, 11);
        workload.run(300);
        Stream stream = Stream.of(t.plan);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        CompletableFuture<Void> changes = CompletableFuture.runAsync(() -> workload.run(6000));
        await().atMost(Duration.ofMinutes(2)).until(() -> positioned(stream, "s1"));

        long down = System.nanoTime();
        servers.mariadb(1).stop();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            StreamStatus s = stream.status();
            return s.state() == StreamStatus.State.WAITING && s.message().startsWith("shard s1 unreachable");
        });
        Thread.sleep(Math.max(0, 10_000 - (System.nanoTime() - down) / 1_000_000)); // the outage lasts 10 s
        servers.mariadb(1).start();

        changes.join();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> run.isDone() || t.converged());
        assertEquals(StreamStatus.State.STREAMING, stream.status().state(), stream.status().message());
        stream.stop();
        StreamResult result = run.get();
        assertEquals(StreamResult.Outcome.STOPPED, result.outcome(), result.message());
        assertEquals(t.sourceRows("orders"), t.targetRows("orders", 4, 1));
        assertEquals(t.sourceRows("items"), t.targetRows("items", 4, 0));
    }

    /** True once the shard has applied streamed changes (past the snapshot). */
    private static boolean positioned(Stream stream, String shard) {
        for (StreamStatus.ShardStatus s : stream.status().shards()) {
            if (s.shard().equals(shard) && s.position() != null) {
                return true;
            }
        }
        return false;
    }
}
