package io.cutover.cdc.snapshot;

import io.cutover.cdc.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps changing the fixture's source until stopped: updates, inserts and deletes on EVENTS, shard key changes
 * on ORDERS (the row moves), inserts and deletes on USERS. Deterministic for a seed.
 */
final class Churn implements Runnable {
    private final Db source;
    private final Random random;
    private final int eventRows;
    final AtomicLong changes = new AtomicLong();
    private volatile boolean stop;

    Churn(Db source, long seed, int eventRows) {
        this.source = source;
        this.random = new Random(seed);
        this.eventRows = eventRows;
    }

    void stop() {
        stop = true;
    }

    @Override
    public void run() {
        try (Connection c = source.connect();
             PreparedStatement update = c.prepareStatement("UPDATE events SET amount = amount + 1, note = ? WHERE acct = ? AND seq = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO events VALUES (?, ?, ?, 'new')");
             PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE acct = ? AND seq = ?");
             PreparedStatement move = c.prepareStatement("UPDATE orders SET customer_id = ?, total = total + 1 WHERE id = ?");
             PreparedStatement user = c.prepareStatement("INSERT INTO users VALUES (?, 'churn') ON DUPLICATE KEY UPDATE name = 'again'");
             PreparedStatement unuser = c.prepareStatement("DELETE FROM users WHERE code = ?")) {
            long next = 0;
            while (!stop) {
                int seq = 1 + random.nextInt(eventRows);
                long acct = Math.floorMod(seq, 101) - 50;
                switch (random.nextInt(6)) {
                    case 0, 1 -> {
                        update.setString(1, "changed " + changes.get());
                        update.setLong(2, acct);
                        update.setInt(3, seq);
                        update.executeUpdate();
                    }
                    case 2 -> {
                        insert.setLong(1, random.nextInt(101) - 50);
                        insert.setLong(2, 10_000_000 + next++);
                        insert.setLong(3, next);
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
                changes.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
