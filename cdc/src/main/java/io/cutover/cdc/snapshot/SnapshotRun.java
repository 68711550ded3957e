package io.cutover.cdc.snapshot;

import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.SqlFlavor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The copy phase of one run: every chunk some shard still lacks, handed to {@code parallel} workers that
 * each borrow one snapshot reader. The first failure halts the other workers; their chunks roll back.
 */
final class SnapshotRun {
    private final SnapshotState state;
    private final List<SourceTable> tables;
    private final ChunkCopy copy;
    private final ConsistentRead read;
    private final int parallel;
    private final SqlFlavor flavor;
    private final List<Counter> counters = new ArrayList<>();
    private volatile String failure;
    private volatile boolean halted;

    /** One table's live numbers. */
    private static final class Counter {
        final String table;
        final AtomicLong read = new AtomicLong();
        final AtomicInteger chunks = new AtomicInteger();
        long total;
        long keptRows;
        int keptChunks;
        int chunksTotal;
        volatile long started;
        volatile long ended;

        Counter(String table) {
            this.table = table;
        }
    }

    SnapshotRun(SnapshotState state, List<SourceTable> tables, ChunkCopy copy, ConsistentRead read, int parallel,
                SqlFlavor flavor) {
        this.state = state;
        this.tables = tables;
        this.copy = copy;
        this.read = read;
        this.parallel = parallel;
        this.flavor = flavor;
    }

    /** Copies what is left; returns the first failure's message, or null. */
    String execute() throws SQLException {
        List<Task> tasks = new ArrayList<>();
        for (SourceTable t : tables) {
            Counter counter = new Counter(t.name());
            counters.add(counter);
            counter.total = count(t);
            List<Chunk> chunks = state.plan.get(t.name());
            counter.chunksTotal = chunks.size();
            for (Chunk c : chunks) {
                boolean[] pending = state.pending(t.name(), c.index());
                if (any(pending)) {
                    tasks.add(new Task(t, c, pending, counter));
                } else {
                    counter.keptChunks++;
                    counter.keptRows += state.rowsOf(t.name(), c.index());
                }
            }
            counter.read.set(counter.keptRows);
            counter.chunks.set(counter.keptChunks);
        }
        BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(parallel, false, read.readers());
        ExecutorService workers = Executors.newFixedThreadPool(parallel, r -> {
            Thread thread = new Thread(r, "cutover-snapshot");
            thread.setDaemon(true);
            return thread;
        });
        for (Task task : tasks) {
            workers.execute(() -> {
                if (halted) {
                    return;
                }
                Connection reader = readers.poll(); // never empty: as many readers as workers
                try {
                    copy(task, reader);
                } finally {
                    readers.add(reader);
                }
            });
        }
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the workers; stop() halts them
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            halted = true;
        }
        return failure;
    }

    private record Task(SourceTable table, Chunk chunk, boolean[] pending, Counter counter) {
    }

    private void copy(Task task, Connection reader) {
        Counter counter = task.counter();
        Chunk c = task.chunk();
        if (counter.started == 0) {
            counter.started = System.nanoTime();
        }
        try {
            long rows = copy.copy(task.table(), c, reader, task.pending(), counter.read);
            state.copied(task.pending(), task.table().name(), c.index(), rows);
            if (counter.chunks.incrementAndGet() == counter.chunksTotal) {
                counter.ended = System.nanoTime();
            }
        } catch (InterruptedException e) {
            halted = true;
        } catch (SQLException e) {
            fail(c + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")");
        } catch (RuntimeException e) {
            fail(c + ": " + e.getMessage());
        }
    }

    private synchronized void fail(String message) {
        if (failure == null) {
            failure = message;
        }
        halted = true;
    }

    boolean halted() {
        return halted;
    }

    void stop() {
        halted = true;
    }

    String readPoint() {
        return read.point().point();
    }

    List<TableProgress> progress() {
        List<TableProgress> out = new ArrayList<>(counters.size());
        long now = System.nanoTime();
        for (Counter c : counters) {
            long end = c.ended != 0 ? c.ended : now;
            double seconds = c.started == 0 ? 0 : (end - c.started) / 1e9;
            out.add(new TableProgress(c.table, c.read.get(), c.total, c.keptRows, c.chunks.get(), c.chunksTotal,
                    c.keptChunks, seconds));
        }
        return out;
    }

    private long count(SourceTable t) throws SQLException {
        try (Statement s = read.readers().get(0).createStatement(); ResultSet rs = s.executeQuery(t.count(flavor,
                read.asOf()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean any(boolean[] values) {
        for (boolean v : values) {
            if (v) {
                return true;
            }
        }
        return false;
    }
}
