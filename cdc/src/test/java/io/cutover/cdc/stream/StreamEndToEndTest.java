package io.cutover.cdc.stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@Servers(postgres = 2, mariadb = 2)
class StreamEndToEndTest {

    @Test
    void postgresSourceToTwoMariaDbShards(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        Workload.createTables(source, true);
        Targets t = new Targets(source, "postgresql", List.of(Db.create(servers.mariadb(0), "s0"),
                Db.create(servers.mariadb(1), "s1")), "mariadb", Db.create(servers.mariadb(0), "state"));
        streamAndCompare(t, new Workload(source, 1));
    }

    @Test
    void mariaDbSourceToTwoPostgresShards(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.mariadb(1), "src");
        Workload.createTables(source, false);
        Targets t = new Targets(source, "mariadb", List.of(Db.create(servers.postgres(0), "s0"),
                Db.create(servers.postgres(1), "s1")), "postgresql", Db.create(servers.postgres(1), "state"));
        streamAndCompare(t, new Workload(source, 2));
    }

    private static void streamAndCompare(Targets t, Workload workload) throws Exception {
        workload.run(300); // before the stream starts: taken by the snapshot
        Stream stream = Stream.of(t.plan).options(StreamOptions.of(t.stateEndpoint()).batchSize(500));
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        workload.run(3000);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> run.isDone() || t.converged());
        stream.stop();
        StreamResult result = run.get();
        assertEquals(StreamResult.Outcome.STOPPED, result.outcome(), result.message());
        assertEquals(t.sourceRows("orders"), t.targetRows("orders", 4, 1));
        assertEquals(t.sourceRows("items"), t.targetRows("items", 4, 0));
    }
}
