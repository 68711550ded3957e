package io.cutover.verify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.Secret;
import io.cutover.mappings.plan.SourceLocation;
import io.cutover.mappings.position.Position;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code --continuous} with the real stream (cdc's {@link Stream}, test scope only) from a PostgreSQL source into
 * two MariaDB shards. Each step happens in the verify listener, so every round sees a known set of changes:
 * <ol>
 *   <li>the full pass finds the target equal; then item 57 is broken on its shard (no stream change), and the
 *       source changes items 58 and 250, which the stream applies before round 1;</li>
 *   <li>round 1 compares chunks 0 (57, 58) and 2 (250) again, and reports 57;</li>
 *   <li>the source changes item 150 (applied before round 2); as round 2 starts, item 151 changes on the source
 *       while a test transaction holds its row on the shard, so the stream cannot apply it until verify waits
 *       for the stream: a difference caused only by lag;</li>
 *   <li>round 2 compares chunk 1 again, reports nothing and counts 151 in flight.</li>
 * </ol>
 * When round 1 waits for the stream to apply the source position read after its comparison, two ORDERS
 * changes (a table not verified) per shard move the shards' positions past it (a stored PostgreSQL position is the
 * commit of the transaction before the one applied). Round 2 makes none: the stream goes idle after 151, below that
 * position, and the wait ends when a re-check finds 151 settled.
 */
@Servers(postgres = 1, mariadb = 2)
class VerifyContinuousTest {

    @Test
    void roundsCompareTheChunksTheStreamChanged(SandboxCluster servers) throws Exception {
        Fixture f = new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1")), 300);
        f.source.exec("ALTER TABLE items REPLICA IDENTITY FULL", "ALTER TABLE orders REPLICA IDENTITY FULL");
        Db state = Db.create(servers.mariadb(0), "state");
        Stream stream = Stream.of(f.plan).options(StreamOptions.of(new Endpoint("state", state.url(),
                state.server.username(), Secret.of(state.server.password(), null), SourceLocation.UNKNOWN))
                .debezium(Map.of("snapshot.mode", "no_data"))); // the fixture copied the rows
        CompletableFuture<StreamResult> streaming = CompletableFuture.supplyAsync(stream::run);
        try {
            warmUp(f, streaming, "s0"); // up and streaming, with a position on both shards
            warmUp(f, streaming, "s1");
            Steps steps = new Steps(f, streaming);
            Verify verify = Verify.of(f.plan).tables(List.of("items")).rowsPerChunk(100).leafRows(8).restart(true)
                    .maxLag(Duration.ofMinutes(2)).continuous(Duration.ZERO);
            steps.verify = verify;
            VerifyResult result = verify.listener(steps).run();

            assertTrue(steps.pass.equal(), steps.pass.toString());
            assertEquals(2, result.rounds().size(), result.toString());
            RoundResult first = result.rounds().get(0);
            assertEquals(List.of(0, 2), steps.started.get(0), result.toString());
            assertEquals(2, first.chunks());
            assertEquals(Set.of("DIFFERENT items id=57"), found(first));
            RoundResult second = result.rounds().get(1);
            assertEquals(List.of(1), steps.started.get(1), result.toString());
            assertEquals(1, second.chunks());
            assertEquals(Set.of(), found(second));
            assertEquals(1, second.inFlight(), result.toString());
            assertTrue(!result.equal());
        } finally {
            stream.stop();
        }
        assertEquals(StreamResult.Outcome.STOPPED, streaming.get().outcome());
    }

    /** The test's moves, made when verify reaches each point. */
    private static final class Steps implements VerifyListener {
        private final Fixture f;
        private final CompletableFuture<StreamResult> streaming;
        private final List<List<Integer>> started = new ArrayList<>();
        private Verify verify;
        private VerifyResult pass;
        private volatile Connection lock;

        Steps(Fixture f, CompletableFuture<StreamResult> streaming) {
            this.f = f;
            this.streaming = streaming;
        }

        @Override
        public void passFinished(VerifyResult result) {
            pass = result;
            f.onItem(57, "UPDATE %t SET name = 'broken' WHERE id = 57");
            changeAndAwait(f, streaming, 58, "changed");
            changeAndAwait(f, streaming, 250, "changed");
        }

        @Override
        public void roundStarting(int round, Map<String, List<Chunk>> chunks) {
            started.add(chunks.getOrDefault("items", List.of()).stream().map(Chunk::index).toList());
            if (round == 2) {
                f.source.exec("UPDATE items SET name = 'lagging' WHERE id = 151");
            }
        }

        @Override
        public void waitingForStream(String table, String chunk, Position position, List<String> shards) {
            if (lock != null) { // round 2: the stream may apply 151 now, then it is idle
                try {
                    lock.commit();
                    lock.close();
                    lock = null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return;
            }
            for (String shard : shards) { // round 1: two transactions move the shard's position past the source's
                for (int i = 0; i < 2; i++) {
                    f.source.exec("UPDATE orders SET amount = amount + 1 WHERE id = " + orderOn(f, shard));
                }
            }
        }

        @Override
        public void roundFinished(RoundResult round, VerifyResult result) {
            if (round.round() == 1) {
                changeAndAwait(f, streaming, 150, "changed");
                lock = lockRow(f, 151);
            } else {
                verify.stop();
            }
        }
    }

    /**
     * Changes an ORDERS row (not verified) on the source until the stream has applied it to the shard: a change
     * made before the stream streams is not captured.
     */
    private static void warmUp(Fixture f, CompletableFuture<StreamResult> streaming, String shard) {
        long id = orderOn(f, shard);
        PhysicalTable t = ShardRouter.of(f.plan).table("orders").route(id * 7 % 50);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (streaming.isDone()) {
                throw new AssertionError("the stream ended: " + streaming.get());
            }
            f.source.exec("UPDATE orders SET amount = 1234.50 WHERE id = " + id);
            return f.shards.get(t.shardIndex()).strings("SELECT amount FROM " + t.tableName() + " WHERE id = " + id)
                    .equals(List.of("1234.50"));
        });
    }

    /** An ORDERS id (customer id * 7 % 50, hash-sharded on the customer) whose row is on {@code shard}. */
    private static long orderOn(Fixture f, String shard) {
        TableRoute orders = ShardRouter.of(f.plan).table("orders");
        for (long id = 0; id < 200; id++) {
            if (orders.route(id * 7 % 50).shardName().equals(shard)) {
                return id;
            }
        }
        throw new IllegalStateException("no order on " + shard);
    }

    /** Changes an item's name on the source once (the stream runs) and waits until the stream has applied it. */
    private static void changeAndAwait(Fixture f, CompletableFuture<StreamResult> streaming, long id, String name) {
        String value = name + " " + id;
        f.source.exec("UPDATE items SET name = '" + value + "' WHERE id = " + id);
        PhysicalTable t = f.items.route(id);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (streaming.isDone()) {
                throw new AssertionError("the stream ended: " + streaming.get());
            }
            return f.shards.get(t.shardIndex()).strings("SELECT name FROM " + t.tableName() + " WHERE id = " + id)
                    .equals(List.of(value));
        });
    }

    /** Holds an item's row on its shard in an open transaction: the stream's write of it waits. */
    private static Connection lockRow(Fixture f, long id) {
        PhysicalTable t = f.items.route(id);
        try {
            Connection c = f.shards.get(t.shardIndex()).connect();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT name FROM " + t.tableName() + " WHERE id = " + id + " FOR UPDATE").close();
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> found(RoundResult round) {
        assertTrue(round.tables().stream().allMatch(t -> t.error() == null), round.toString());
        return round.tables().stream().flatMap(t -> t.samples().stream()).map(d -> d.kind() + " " + d.table() + " "
                + d.key()).collect(Collectors.toCollection(TreeSet::new));
    }
}
