package io.cutover.cdc.internal.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cutover.cdc.StreamTracker;
import io.cutover.mappings.position.Position;
import io.cutover.sandbox.Engine;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Servers(postgres = 2, mariadb = 2)
class ApplierTest {
    private static final LocalDateTime T = LocalDateTime.of(2024, 3, 1, 12, 30, 45, 123456000);

    private long scn = 1000;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void collapsesChangesToOneKeyWithoutLosingADeleteBeforeAReinsert(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext orders = a.table("ORDERS");
            a.apply(List.of(
                    insert(orders, order(1, 10, "a", "1.5")),
                    update(orders, order(1, 10, "a", "1.5"), order(1, 10, "b", "2.5")),
                    delete(orders, order(1, 10, "b", "2.5")),
                    insert(orders, order(1, 10, "c", "3.5")),
                    insert(orders, order(2, 11, "gone", "0")),
                    delete(orders, order(2, 11, "gone", "0")),
                    insert(orders, order(3, 12, null, null))));
            assertEquals(List.of(
                    row(a, 1, 10, "c", "3.5", T, null),
                    row(a, 3, 12, "null", "null", T, null)).stream().sorted().toList(), f.dump("orders", 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRowWhoseShardKeyChangesMovesToItsNewShard(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext orders = a.table("ORDERS");
            long from = 1;
            long to = 2;
            while (orders.route().route(to).shardIndex() == orders.route().route(from).shardIndex()) {
                to++;
            }
            a.apply(List.of(insert(orders, order(5, from, "moving", "1"))));
            a.apply(List.of(update(orders, order(5, from, "moving", "1"), order(5, to, "moved", "1"))));
            assertEquals(List.of(row(a, 5, to, "moved", "1", T, null)), f.dump("orders", 4));
            // and back again within one batch, then away: the last state wins on every shard
            a.apply(List.of(update(orders, order(5, to, "moved", "1"), order(5, from, "back", "1")),
                    update(orders, order(5, from, "back", "1"), order(5, to, "away", "1"))));
            assertEquals(List.of(row(a, 5, to, "away", "1", T, null)), f.dump("orders", 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void unchangedLobPlaceholdersLeaveTheTargetColumnAsItIs(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        String big = "x".repeat(100_000);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext orders = a.table("ORDERS");
            Object[] seven = order(7, 70, big, "1");
            seven[5] = new byte[] {1, 2, 3};
            a.apply(List.of(insert(orders, seven)));
            Object[] sevenLater = order(7, 70, Change.KEEP, "2");
            sevenLater[5] = Change.KEEP;
            Object[] eight = order(8, 80, "first", "1");
            Object[] eightLater = order(8, 80, Change.KEEP, "9");
            a.apply(List.of(update(orders, seven, sevenLater), insert(orders, eight), update(orders, eight, eightLater)));
            assertEquals(List.of(row(a, 7, 70, big, "2", T, "0x010203"), row(a, 8, 80, "first", "9", T, null))
                    .stream().sorted().toList(), f.dump("orders", 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRestartSkipsChangesAShardHasAppliedAndAppliesLaterOnes(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        Change first;
        Position second;
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext orders = a.table("ORDERS");
            first = insert(orders, order(9, 90, "v1", "1"));
            Change update = update(orders, order(9, 90, "v1", "1"), order(9, 90, "v2", "1"));
            second = update.position();
            a.apply(List.of(first, update));
        }
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext orders = a.table("ORDERS");
            // redelivered after a restart: the insert is at or below the stored position and must not undo v2
            a.apply(List.of(new Change(orders, Change.Op.INSERT, null, order(9, 90, "v1", "1"), first.position(), 0, false),
                    update(orders, order(9, 90, "v2", "1"), order(9, 90, "v3", "1"))));
            assertEquals(List.of(row(a, 9, 90, "v3", "1", T, null)), f.dump("orders", 4));
            int shard = orders.route().route(90L).shardIndex();
            Object stored = f.shards.get(shard).rows("SELECT position FROM cutover_position WHERE job = 'applier'"
                    + " AND table_name = '*'").get(0)[0];
            assertNotEquals(second.toString(), stored);
            assertEquals(Position.scn(scn, scn, 0).toString(), stored);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyShardStoresTheBatchPositionAndAMarkerMovesThemAllOn(Engine engine, SandboxCluster servers)
            throws InterruptedException {
        ShardFixture f = new ShardFixture(servers, engine);
        Change one;
        Change marker;
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext items = a.table("ITEMS");
            long id = 0;
            while (items.route().route(id).shardIndex() != 0) {
                id++;
            }
            one = insert(items, new Object[] {id, "only on shard 0"});
            a.apply(List.of(one));
            assertEquals(List.of(one.position(), one.position()), stored(f), "shard 1 got no change but holds all of them");
            Thread.sleep(1_100); // a shard without changes in a batch stores its position at most once a second
            marker = Change.marker(next(), System.currentTimeMillis() - 250);
            a.apply(List.of(marker));
            assertEquals(List.of(marker.position(), marker.position()), stored(f));
            for (io.cutover.cdc.StreamStatus.ShardStatus st : a.shardStatus(0)) {
                assertEquals(marker.sourceMillis, st.sourceTime().toEpochMilli(), st.shard());
                assertEquals(st.shard().equals("s0") ? 1 : 0, st.rowsApplied(), st.shard());
                for (io.cutover.cdc.StreamStatus.TableStatus t : a.tableStatus()) {
                    if (t.shard().equals(st.shard())) { // a table's lag is its shard's, not the age of its last change
                        assertEquals(one.position().toString(), t.position());
                        assertEquals(st.lagSeconds(), t.lagSeconds(), 1.0, t.physicalTable());
                    }
                }
            }
            assertEquals(1L, ((Number) f.shards.get(0).rows("SELECT COUNT(*) FROM cutover_touched").get(0)[0]).longValue(),
                    "a position without changes touches no row");
        }
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext items = a.table("ITEMS");
            // redelivered after a restart: at or below both shards' positions, so applied nowhere again
            a.apply(List.of(new Change(items, Change.Op.DELETE, one.after(), null, one.position(), 0, false)));
            assertEquals(1, f.dump("items", 4).size());
        }
    }

    private static List<Position> stored(ShardFixture f) {
        List<Position> out = new ArrayList<>();
        for (io.cutover.cdc.Db shard : f.shards) {
            out.add(Position.parse((String) shard.rows("SELECT position FROM cutover_position WHERE job = 'applier'"
                    + " AND table_name = '*'").get(0)[0]));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void truncateClearsEveryPhysicalTableBeforeTheChangesThatFollowIt(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext items = a.table("ITEMS");
            List<Change> batch = new ArrayList<>();
            for (long id = 0; id < 20; id++) {
                batch.add(insert(items, new Object[] {id, "item " + id}));
            }
            a.apply(batch);
            assertEquals(20, f.dump("items", 4).size());
            a.apply(List.of(insert(items, new Object[] {100L, "before"}), truncate(items),
                    insert(items, new Object[] {3L, "after"})));
            assertEquals(List.of("items_3 | 3 | after"), f.dump("items", 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSnapshotRestartClearsLeftoverRowsWithoutCountingTheClearAsAChange(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext items = a.table("ITEMS");
            a.apply(List.of(insert(items, new Object[] {1L, "left by an interrupted snapshot"}),
                    insert(items, new Object[] {2L, "left too"})));
            a.apply(List.of(new Change(items, Change.Op.READ, null, new Object[] {3L, "snapshot"}, null,
                    System.currentTimeMillis(), true)));
            assertEquals(List.of("items_3 | 3 | snapshot"), f.dump("items", 4));
            long applied = 0;
            for (io.cutover.cdc.StreamStatus.ShardStatus st : a.shardStatus(0)) {
                applied += st.rowsApplied();
            }
            assertEquals(3, applied, "two inserts and one snapshot row; the clears are not changes");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void broadcastTablesKeepACopyOnEveryShardMatchedByAUniqueNotNullKey(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext countries = a.table("COUNTRIES");
            a.apply(List.of(insert(countries, new Object[] {"CH", "Switzerland"}),
                    insert(countries, new Object[] {"DE", "Germany"}),
                    update(countries, null, new Object[] {"CH", "Schweiz"}),
                    delete(countries, new Object[] {"DE", "Germany"})));
            assertEquals(List.of("countries | CH | Schweiz", "countries | CH | Schweiz"), f.dump("countries", 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void decimalsKeepTheirFullPrecision(Engine engine, SandboxCluster servers) {
        ShardFixture f = new ShardFixture(servers, engine);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext orders = a.table("ORDERS");
            String amount = "1234567890123456789012345678.0123456789";
            a.apply(List.of(insert(orders, order(11, 1, "n", amount)), insert(orders, order(12, 2, "n", "-0.0000000001"))));
            assertEquals(List.of(row(a, 11, 1, "n", amount, T, null), row(a, 12, 2, "n", "-0.0000000001", T, null))
                    .stream().sorted().toList(), f.dump("orders", 4));
        }
    }

    /** Status is read from another thread while batches commit: it never goes backwards and adds up at the end. */
    @org.junit.jupiter.api.Test
    void statusReadWhileApplyingIsConsistent(SandboxCluster servers) throws Exception {
        ShardFixture f = new ShardFixture(servers, Engine.MARIADB);
        try (Applier a = new Applier(f.plan, StreamTracker.NONE)) {
            TableContext items = a.table("ITEMS");
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.CompletableFuture<Integer> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                long[] rows = new long[2];
                Position[] positions = new Position[2];
                int reads = 0;
                while (!done.get() || reads == 0) {
                    List<io.cutover.cdc.StreamStatus.ShardStatus> shards = a.shardStatus(0);
                    for (int s = 0; s < 2; s++) {
                        io.cutover.cdc.StreamStatus.ShardStatus st = shards.get(s);
                        Position p = st.position() == null ? null : Position.parse(st.position());
                        if (st.rowsApplied() < rows[s] || positions[s] != null && (p == null || p.compareTo(positions[s]) < 0)) {
                            throw new AssertionError("shard " + s + " went back: " + st);
                        }
                        rows[s] = st.rowsApplied();
                        positions[s] = p;
                    }
                    a.tableStatus();
                    reads++;
                }
                return reads;
            });
            for (int batch = 0; batch < 100; batch++) {
                List<Change> changes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long id = batch * 20L + i;
                    changes.add(insert(items, new Object[] {id, "item " + id}));
                }
                a.apply(changes);
            }
            done.set(true);
            assertNotEquals(0, reader.get());
            long total = 0;
            for (io.cutover.cdc.StreamStatus.ShardStatus st : a.shardStatus(0)) {
                long tables = 0;
                for (io.cutover.cdc.StreamStatus.TableStatus t : a.tableStatus()) {
                    tables += t.shard().equals(st.shard()) ? t.rowsApplied() : 0;
                }
                assertEquals(st.rowsApplied(), tables, st.shard());
                total += st.rowsApplied();
            }
            assertEquals(2000, total);
            assertEquals(2000, f.dump("items", 4).size());
        }
    }

    private static Object[] order(long id, long customer, Object note, String amount) {
        return new Object[] {id, customer, note, amount == null ? null : new BigDecimal(amount), T, null};
    }

    private static String row(Applier a, long id, long customer, String note, String amount, LocalDateTime created,
                              String data) {
        String table = a.table("ORDERS").route().route(customer).tableName();
        return table + " | " + id + " | " + customer + " | " + note + " | " + amount + " | " + created + " | " + data;
    }

    private Change insert(TableContext t, Object[] after) {
        return new Change(t, Change.Op.INSERT, null, after, next(), System.currentTimeMillis(), false);
    }

    private Change update(TableContext t, Object[] before, Object[] after) {
        return new Change(t, Change.Op.UPDATE, before, after, next(), System.currentTimeMillis(), false);
    }

    private Change delete(TableContext t, Object[] before) {
        return new Change(t, Change.Op.DELETE, before, null, next(), System.currentTimeMillis(), false);
    }

    private Change truncate(TableContext t) {
        return new Change(t, Change.Op.TRUNCATE, null, null, next(), System.currentTimeMillis(), false);
    }

    private Position next() {
        scn++;
        return Position.scn(scn, scn, 0);
    }
}
