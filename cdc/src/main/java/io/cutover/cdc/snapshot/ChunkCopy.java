package io.cutover.cdc.snapshot;

import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.shard.PhysicalTable;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Copies one chunk: reads its key range on a snapshot reader, routes every row through the table's route
 * (the one shard router) and writes each shard's part with a {@link ShardSink} on the run's {@link WritePath},
 * one transaction per shard.
 * Shards that already hold the chunk are not written again.
 */
final class ChunkCopy {
    private static final int FETCH_SIZE = 1000;
    private static final int THROTTLE_EVERY = 256;

    private final String job;
    private final SqlFlavor source;
    private final SqlFlavor target;
    private final ChangeStatements sql;
    private final List<Endpoint> shardNames;
    private final List<? extends DataSource> shards;
    private final WritePath path;
    private final Throttle throttle;
    private final String asOf;
    private final BooleanSupplier stopping;

    ChunkCopy(String job, SqlFlavor source, SqlFlavor target, ChangeStatements sql, List<Endpoint> shardNames,
              List<? extends DataSource> shards, WritePath path, Throttle throttle, String asOf,
              BooleanSupplier stopping) {
        this.job = job;
        this.source = source;
        this.target = target;
        this.sql = sql;
        this.shardNames = shardNames;
        this.shards = shards;
        this.path = path;
        this.throttle = throttle;
        this.asOf = asOf;
        this.stopping = stopping;
    }

    /**
     * Copies the chunk to the shards marked in {@code pending}; {@code read} counts rows as they are read.
     *
     * @return the chunk's source rows
     * @throws InterruptedException when stopped; nothing of the chunk is committed then
     */
    long copy(SourceTable table, Chunk chunk, Connection reader, boolean[] pending, AtomicLong read)
            throws SQLException, InterruptedException {
        ShardSink[] sinks = new ShardSink[shards.size()];
        try {
            KeyRange targetRange = KeyRange.of(target, table.targetKey, chunk);
            BulkLoad bulk = path.of(table);
            for (int s = 0; s < sinks.length; s++) {
                if (pending[s]) {
                    sinks[s] = new ShardSink(shards.get(s).getConnection(), sql, table, bulk, path.insertedRows);
                    sinks[s].clear(table.route.onShard(shardNames.get(s).name()), target, targetRange);
                }
            }
            long rows = 0;
            int columns = table.target.columns().length;
            try (PreparedStatement p = reader.prepareStatement(table.select(source, asOf, chunk))) {
                table.range(source, chunk).bind(p, 1);
                p.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        long size = 0;
                        for (int i = 0; i < columns; i++) {
                            row[i] = table.wallClock[i] ? WallClocks.read(source, rs, i) : value(rs.getObject(i + 1));
                            size += size(row[i]);
                        }
                        for (PhysicalTable t : table.route.targets(table.shardKey(row))) {
                            ShardSink sink = sinks[t.shardIndex()];
                            if (sink != null) {
                                sink.add(t, row, size);
                            }
                        }
                        if (++rows % THROTTLE_EVERY == 0) {
                            stopIfAsked();
                            throttle.acquire(THROTTLE_EVERY);
                            read.addAndGet(THROTTLE_EVERY);
                        }
                    }
                }
            }
            stopIfAsked();
            read.addAndGet(rows % THROTTLE_EVERY);
            for (ShardSink sink : sinks) {
                if (sink != null) {
                    sink.commit(job, table.name(), chunk.index(), rows);
                }
            }
            return rows;
        } finally {
            for (ShardSink sink : sinks) {
                if (sink != null) {
                    sink.close();
                }
            }
        }
    }

    private void stopIfAsked() throws InterruptedException {
        if (stopping.getAsBoolean()) {
            throw new InterruptedException("snapshot stopped");
        }
    }

    private static Object value(Object v) throws SQLException {
        if (v instanceof Blob b) {
            return b.getBytes(1, (int) b.length());
        }
        if (v instanceof Clob c) {
            return c.getSubString(1, (int) c.length());
        }
        return v;
    }

    private static long size(Object v) {
        if (v instanceof byte[] b) {
            return b.length;
        }
        if (v instanceof String s) {
            return s.length();
        }
        return 8;
    }
}
