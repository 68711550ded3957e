package io.cutover.cdc.snapshot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.Db;
import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamStatus;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL source, two MariaDB shards: a snapshot (exported snapshot of the stream's slot) while a writer keeps
 * changing the source, then the stream from the slot with {@code no_data}; the target ends equal to the source
 * row for row. EVENTS has a composite key, USERS a string key, ORDERS is sharded by customer_id, which is not
 * its key (REPLICA IDENTITY FULL, as in the demo; the writer moves rows between shards), COUNTRIES is broadcast.
 * The target USERS tables have a generated column the source lacks (MariaDB's column for a function-based index,
 * as the converted demo schema has): it is not copied.
 */
@Servers(postgres = 1, mariadb = 2)
class SnapshotPostgresStreamTest {
    private static final int EVENTS = 60_000;
    private static final String[] TABLES = {"events", "users", "orders", "countries"};

    @Test
    void snapshotWhileWritingThenStreamFromTheSlotEqualsTheSource(SandboxCluster servers) throws Exception {
        Db source = Db.create(servers.postgres(0), "src");
        List<Db> shards = List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1"));
        MigrationPlan plan = setUp(source, shards, Db.create(servers.mariadb(0), "state"));

        Writer writer = new Writer(source);
        CompletableFuture<Void> writing = CompletableFuture.runAsync(writer);
        SnapshotResult result = Snapshot.of(plan).parallel(3).rowsPerChunk(5000).run();
        assertEquals(SnapshotResult.Outcome.FINISHED, result.outcome(), result.message());
        assertEquals(SnapshotMethod.POSTGRES_EXPORTED_SNAPSHOT, result.method());
        assertEquals(result.point(), result.readPoint());
        assertTrue(result.point().contains("slot cutover_pgshop"), result.point());
        assertEquals(1L, ((Number) source.rows("SELECT COUNT(*) FROM pg_replication_slots WHERE slot_name ="
                + " 'cutover_pgshop'").get(0)[0]).longValue(), "the snapshot leaves the slot for the stream");

        Stream stream = Stream.of(plan);
        CompletableFuture<StreamResult> run = CompletableFuture.supplyAsync(stream::run);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> run.isDone() || applied(plan) > 0);
        writer.stop = true;
        writing.join();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> run.isDone() || converged(source, shards, plan));
        stream.stop();
        StreamResult streamed = run.get();
        assertEquals(StreamResult.Outcome.STOPPED, streamed.outcome(), streamed.message());
        for (String table : TABLES) {
            assertEquals(sourceRows(source, shards, table), targetRows(shards, plan, table), table);
        }
        assertTrue(writer.changes > 100, "the writer changed the source while copying: " + writer.changes);
        // the stream started from the snapshot's slot (handoff done), not with a Debezium snapshot of its own
        assertEquals("streaming", shards.get(0).rows("SELECT state FROM cutover_snapshot WHERE job = 'pgshop'"
                + " AND table_name = '" + SnapshotSql.RUN_TABLE + "'").get(0)[0]);
        assertTrue(applied(plan) < EVENTS, "the stream applied changes only, no copy of its own: " + applied(plan));
    }

    private static MigrationPlan setUp(Db source, List<Db> shards, Db state) {
        source.exec("CREATE TABLE events (acct BIGINT NOT NULL, seq INT NOT NULL, amount NUMERIC(18,2),"
                        + " note VARCHAR(100), PRIMARY KEY (acct, seq))",
                "CREATE TABLE users (code VARCHAR(20) PRIMARY KEY, name VARCHAR(100))",
                "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, total NUMERIC(12,2))",
                "ALTER TABLE orders REPLICA IDENTITY FULL",
                "CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(100))",
                "INSERT INTO events SELECT MOD(g, 101) - 50, g, g / 100.0, 'n' || g FROM generate_series(1, " + EVENTS + ") g",
                "INSERT INTO users SELECT 'u' || g, 'name ' || g FROM generate_series(1, 1000) g",
                "INSERT INTO users VALUES ('A', 'upper'), ('a', 'lower'), ('Z9', 'z'), ('0', 'zero')",
                "INSERT INTO orders SELECT g - 100, MOD(g, 37) - 5, g FROM generate_series(1, 5000) g",
                "INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France'), ('NL', 'Netherlands')");
        StringBuilder y = new StringBuilder("name: pgshop\nsource:\n  type: postgresql\n  jdbc-url: \"" + source.url()
                + "\"\n  username: " + source.user + "\n  password: " + source.password + "\n  schema: public"
                + "\ntarget:\n  dialect: mariadb\n  shards:\n");
        for (int s = 0; s < shards.size(); s++) {
            Db db = shards.get(s);
            y.append(db.shardYaml("s" + s));
            for (int t = s * 4; t < s * 4 + 4; t++) {
                db.exec("CREATE TABLE events_" + t + " (acct BIGINT NOT NULL, seq INT NOT NULL, amount DECIMAL(18,2),"
                                + " note VARCHAR(100), PRIMARY KEY (acct, seq))",
                        "CREATE TABLE users_" + t + " (code VARCHAR(20) COLLATE utf8mb4_bin PRIMARY KEY, name VARCHAR(100),"
                                + " name_upper VARCHAR(100) AS (UPPER(name)) VIRTUAL INVISIBLE, KEY (name_upper))",
                        "CREATE TABLE orders_" + t + " (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, total DECIMAL(12,2))");
            }
            db.exec("CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(100))");
        }
        y.append("tables:\n"
                + "  - { source: events, shard-by: { column: acct, algorithm: mod, tables-per-shard: 4 } }\n"
                + "  - { source: users, shard-by: { column: code, algorithm: hash, tables-per-shard: 4 } }\n"
                + "  - { source: orders, shard-by: { column: customer_id, algorithm: hash, tables-per-shard: 4 } }\n"
                + "  - { source: countries, broadcast: true }\n"
                + "stream:\n  state: { jdbc-url: \"" + state.url() + "\", username: " + state.user + ", password: "
                + state.password + " }\n  batch-size: 2000\n");
        return PlanLoader.load("pgshop.yaml", y.toString(), Path.of("."), k -> null);
    }

    private static long applied(MigrationPlan plan) {
        long sum = 0;
        for (StreamStatus.ShardStatus s : StreamStatus.read(plan).shards()) {
            sum += s.rowsApplied();
        }
        return sum;
    }

    private static boolean converged(Db source, List<Db> shards, MigrationPlan plan) {
        for (String t : TABLES) {
            if (!sourceRows(source, shards, t).equals(targetRows(shards, plan, t))) {
                return false;
            }
        }
        return true;
    }

    /** Source rows of a table as text, sorted; a broadcast table once per shard. */
    private static List<String> sourceRows(Db source, List<Db> shards, String table) {
        List<String> rows = new ArrayList<>();
        int copies = table.equals("countries") ? shards.size() : 1;
        for (int i = 0; i < copies; i++) {
            for (Object[] row : source.rows("SELECT * FROM " + table)) {
                rows.add(ShopFixture.text(row));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Target rows over every physical table, sorted; a row outside the table the router names is marked. */
    private static List<String> targetRows(List<Db> shards, MigrationPlan plan, String table) {
        TableRoute route = ShardRouter.of(plan).table(table);
        List<String> rows = new ArrayList<>();
        for (PhysicalTable t : route.all()) {
            for (Object[] row : shards.get(t.shardIndex()).rows("SELECT " + (table.equals("users") ? "code, name" : "*")
                    + " FROM " + t.tableName())) {
                boolean placed = route.keyColumns().isEmpty()
                        || route.targets(new Object[] {row[table.equals("orders") ? 1 : 0]}).contains(t);
                rows.add((placed ? "" : "MISPLACED in " + t.tableName() + ": ") + ShopFixture.text(row));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Updates, inserts and deletes on EVENTS, shard key changes on ORDERS, upserts and deletes on USERS. */
    private static final class Writer implements Runnable {
        private final Db source;
        private final Random random = new Random(5);
        volatile boolean stop;
        volatile long changes;

        Writer(Db source) {
            this.source = source;
        }

        @Override
        public void run() {
            try (Connection c = source.connect();
                 PreparedStatement update = c.prepareStatement("UPDATE events SET amount = amount + 1, note = ? WHERE acct = ? AND seq = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, 'new')");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE acct = ? AND seq = ?");
                 PreparedStatement move = c.prepareStatement("UPDATE orders SET customer_id = ?, total = total + 1 WHERE id = ?");
                 PreparedStatement user = c.prepareStatement("INSERT INTO users VALUES (?, 'writer') ON CONFLICT (code)"
                         + " DO UPDATE SET name = 'again'");
                 PreparedStatement unuser = c.prepareStatement("DELETE FROM users WHERE code = ?")) {
                long next = 0;
                while (!stop) {
                    int seq = 1 + random.nextInt(EVENTS);
                    long acct = Math.floorMod(seq, 101) - 50;
                    switch (random.nextInt(6)) {
                        case 0, 1 -> {
                            update.setString(1, "changed " + changes);
                            update.setLong(2, acct);
                            update.setInt(3, seq);
                            update.executeUpdate();
                        }
                        case 2 -> {
                            insert.setLong(1, random.nextInt(101) - 50);
                            insert.setInt(2, 10_000_000 + (int) next++);
                            insert.setBigDecimal(3, java.math.BigDecimal.valueOf(next));
                            insert.executeUpdate();
                        }
                        case 3 -> {
                            delete.setLong(1, acct);
                            delete.setInt(2, seq);
                            delete.executeUpdate();
                        }
                        case 4 -> {
                            move.setLong(1, random.nextInt(1000) - 500);
                            move.setLong(2, random.nextInt(5000) - 99);
                            move.executeUpdate();
                        }
                        default -> {
                            String code = "c" + random.nextInt(300);
                            PreparedStatement p = random.nextBoolean() ? user : unuser;
                            p.setString(1, code);
                            p.executeUpdate();
                        }
                    }
                    changes++;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
