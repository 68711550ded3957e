package io.cutover.cdc.stream;

import io.cutover.cdc.Db;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inserts, updates (including shard key changes), deletes and re-inserts on the source ORDERS and ITEMS
 * tables, with NULLs, large text and full-precision decimals. Deterministic for a seed.
 */
public final class Workload {
    private final Db source;
    private final Random random;
    private final List<Long> live = new ArrayList<>();
    private final List<Long> deleted = new ArrayList<>();
    private long nextId = 1;

    public Workload(Db source, long seed) {
        this.source = source;
        this.random = new Random(seed);
    }

    /** Source tables for the engine ("postgres" or "mariadb"); ORDERS logs full old rows. */
    public static void createTables(Db db, boolean postgres) {
        if (postgres) {
            db.exec("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note TEXT,"
                            + " amount NUMERIC(38,10), created TIMESTAMP(6), data BYTEA)",
                    "ALTER TABLE orders REPLICA IDENTITY FULL",
                    "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(100))",
                    "CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(100))");
        } else {
            db.exec("CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, note LONGTEXT,"
                            + " amount DECIMAL(38,10), created DATETIME(6), data LONGBLOB)",
                    "CREATE TABLE items (id BIGINT PRIMARY KEY, name VARCHAR(100))",
                    "CREATE TABLE countries (code VARCHAR(2) PRIMARY KEY, name VARCHAR(100))");
        }
        db.exec("INSERT INTO countries VALUES ('CH', 'Switzerland')", "INSERT INTO countries VALUES ('DE', 'Germany')");
    }

    /** Runs {@code changes} single-statement transactions plus a few multi-statement ones. */
    public void run(int changes) {
        try (Connection c = source.connect()) {
            for (int i = 0; i < changes; i++) {
                step(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void step(Connection c) throws SQLException {
        int dice = random.nextInt(100);
        if (live.isEmpty() || dice < 40) {
            insert(c, nextId++);
        } else if (dice < 48 && !deleted.isEmpty()) {
            insert(c, deleted.remove(deleted.size() - 1));
        } else if (dice < 60) {
            long id = live.remove(random.nextInt(live.size()));
            exec(c, "DELETE FROM orders WHERE id = ?", id);
            exec(c, "DELETE FROM items WHERE id = ?", id);
            deleted.add(id);
        } else if (dice < 75) {
            long id = live.get(random.nextInt(live.size()));
            exec(c, "UPDATE orders SET customer_id = ? WHERE id = ?", random.nextLong(1_000_000), id);
        } else if (dice < 95) {
            long id = live.get(random.nextInt(live.size()));
            exec(c, "UPDATE orders SET note = ?, amount = ? WHERE id = ?", note(), amount(), id);
            exec(c, "UPDATE items SET name = ? WHERE id = ?", "item " + random.nextInt(1000), id);
        } else {
            c.setAutoCommit(false); // delete and re-insert one key in one transaction
            long id = live.get(random.nextInt(live.size()));
            exec(c, "DELETE FROM orders WHERE id = ?", id);
            exec(c, "INSERT INTO orders (id, customer_id, note, amount, created, data) VALUES (?, ?, ?, ?, ?, ?)",
                    id, random.nextLong(1_000_000), "re-inserted", amount(), created(), null);
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private void insert(Connection c, long id) throws SQLException {
        exec(c, "INSERT INTO orders (id, customer_id, note, amount, created, data) VALUES (?, ?, ?, ?, ?, ?)",
                id, random.nextLong(1_000_000), note(), amount(), created(), random.nextInt(4) == 0 ? null : bytes());
        exec(c, "INSERT INTO items (id, name) VALUES (?, ?)", id, random.nextInt(5) == 0 ? null : "item " + id);
        live.add(id);
    }

    private String note() {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return "large " + "Zürich 東京 ".repeat(2000 + random.nextInt(2000));
        }
        return "note " + random.nextInt(1_000_000);
    }

    private BigDecimal amount() {
        if (random.nextInt(10) == 0) {
            return null;
        }
        // 28 integer digits and 10 fraction digits: the full precision of NUMERIC(38,10)
        return new BigDecimal(new java.math.BigInteger(125, random), 10).remainder(BigDecimal.TEN.pow(28))
                .multiply(random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate());
    }

    private Timestamp created() {
        return Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(100_000_000))
                .plusNanos(random.nextInt(1_000_000) * 1000L));
    }

    private byte[] bytes() {
        byte[] b = new byte[1 + random.nextInt(64)];
        random.nextBytes(b);
        return b;
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.executeUpdate();
        }
    }
}
