package io.cutover.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The workload on PostgreSQL and MariaDB sources: every kind of change, consistent data, determinism, stop. */
@Servers(postgres = 1, mariadb = 1)
class WorkloadTest {
    private static final ShopData.Size SIZE = new ShopData.Size(200);

    @Test
    void makesEveryKindOfChangeAndKeepsTheShopConsistent(SandboxCluster servers) throws Exception {
        for (DataSource source : List.of(loaded(servers.postgres(0)), loaded(servers.mariadb(0)))) {
            long orders = count(source, "orders");
            WorkloadResult result = Workload.on(source).seed(3).rate(0).operations(600).run();
            assertEquals(600, result.total(), result.toString());
            for (Change change : Change.values()) {
                assertTrue(result.count(change) > 0, change + " in " + result);
            }
            assertEquals(orders + result.count(Change.INSERT), count(source, "orders"));
            assertEquals("0", TestDatabases.scalar(source, "SELECT count(*) FROM order_items i JOIN orders o "
                    + "ON o.order_id = i.order_id WHERE i.customer_id <> o.customer_id"), "lines follow their order");
            assertEquals("0", TestDatabases.scalar(source, "SELECT count(*) FROM payments p JOIN orders o "
                    + "ON o.order_id = p.order_id WHERE p.customer_id <> o.customer_id"), "payments follow their order");
            assertEquals("0", TestDatabases.scalar(source, "SELECT count(*) FROM orders o WHERE o.order_id > "
                    + orders + " AND o.total <> (SELECT sum(quantity * unit_price) FROM order_items i "
                    + "WHERE i.order_id = o.order_id)"), "new orders' totals match their lines");
        }
    }

    @Test
    void sameSeedOnTheSameDataMakesTheSameChanges(SandboxCluster servers) throws Exception {
        DataSource a = loaded(servers.postgres(0));
        DataSource b = loaded(servers.postgres(0));
        DataSource c = loaded(servers.postgres(0));
        assertEquals(TestDatabases.checksums(a), TestDatabases.checksums(b));
        Workload.on(a).seed(9).rate(0).operations(300).run();
        Workload.on(b).seed(9).rate(0).operations(300).run();
        Workload.on(c).seed(10).rate(0).operations(300).run();
        assertEquals(TestDatabases.checksums(a), TestDatabases.checksums(b));
        assertNotEquals(TestDatabases.checksums(a), TestDatabases.checksums(c));
    }

    @Test
    void stopFromAnotherThreadEndsTheRunCleanly(SandboxCluster servers) throws Exception {
        DataSource source = loaded(servers.postgres(0));
        long orders = count(source, "orders");
        CountDownLatch progressed = new CountDownLatch(1);
        Workload workload = Workload.on(source).seed(5).rate(50)
                .onProgress(Duration.ofMillis(100), soFar -> progressed.countDown());
        CompletableFuture<WorkloadResult> running = CompletableFuture.supplyAsync(workload::run);
        assertTrue(progressed.await(60, TimeUnit.SECONDS), "no progress reported");
        workload.stop();
        WorkloadResult result = running.get(60, TimeUnit.SECONDS);
        assertTrue(result.total() > 0, result.toString());
        assertEquals(orders + result.count(Change.INSERT), count(source, "orders"), "the result counts what committed");
        long payments = Long.parseLong(TestDatabases.scalar(source, "SELECT max(payment_id) FROM payments"));
        try (var c = source.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO payments (order_id, customer_id, amount, method) SELECT order_id, customer_id, total, "
                    + "'CARD' FROM orders WHERE order_id = 1");
        }
        assertEquals(payments + 1, Long.parseLong(TestDatabases.scalar(source, "SELECT max(payment_id) FROM payments")),
                "the identity was moved past the workload's explicit payment ids");
    }

    @Test
    void refusesASourceWithoutTheSample(SandboxCluster servers) throws Exception {
        DataSource empty = TestDatabases.fresh(servers.postgres(0));
        ShopSchema.create(empty);
        SampleException e = org.junit.jupiter.api.Assertions.assertThrows(SampleException.class,
                () -> Workload.on(empty).operations(1).run());
        assertTrue(e.getMessage().contains("run 'cutover sample load' first"), e.getMessage());
    }

    private static DataSource loaded(io.cutover.sandbox.DatabaseServer server) throws Exception {
        DataSource ds = TestDatabases.fresh(server);
        ShopSchema.create(ds);
        ShopData.load(ds, SIZE, 1);
        return ds;
    }

    private static long count(DataSource ds, String table) throws Exception {
        return Long.parseLong(TestDatabases.scalar(ds, "SELECT count(*) FROM " + table));
    }
}
