package io.cutover.verify.internal.live;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.RowKeys;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.position.TouchedKeys;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.internal.compare.KeyOrder;
import io.cutover.verify.internal.compare.Side;
import io.cutover.verify.internal.compare.TableSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which chunks the stream has changed rows in since the last look, from the keys its applier records with every
 * shard batch (table {@code cutover_touched}, read with {@link TouchedKeys}). Each changed key is placed in the
 * chunk whose range holds it; a batch that changed a whole table (or whose keys do not match the source key)
 * touches every chunk of the table. When batches are missing from a shard's log (deleted by the stream after an
 * hour), every chunk of every table counts as touched.
 */
public final class TouchedChunks {
    private final String job;
    private final Map<String, Side> shards;
    private final Map<String, Long> seen = new HashMap<>();
    /** Shard name, then physical table name, to the watched source table. */
    private final Map<String, Map<String, Watched>> tables = new HashMap<>();
    private final Map<String, Watched> bySource = new LinkedHashMap<>();

    /** Where one shard batch's keys land: all chunks of the table, or those holding the keys. */
    public record Touched(Map<String, List<Chunk>> chunks, boolean late) {
    }

    private record Watched(String table, List<Chunk> chunks, int[] order) {
    }

    public TouchedChunks(String job, Map<String, Side> shards) {
        this.job = job;
        this.shards = shards;
    }

    /** Remembers where each shard's log ends: later changes are touched. Fails when a shard has no log. */
    public void mark() {
        for (Side shard : shards.values()) {
            OptionalLong last;
            try {
                last = TouchedKeys.last(shard.dataSource(), job);
            } catch (SQLException e) {
                throw failed(shard, e);
            }
            if (last.isEmpty()) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "--continuous needs the keys the stream of job "
                        + job + " records with its changes, but shard " + shard.name() + " has no table "
                        + TouchedKeys.TABLE + "; restart the stream with this version of cutover (cutover stream)");
            }
            seen.put(shard.name(), last.getAsLong());
        }
    }

    /** Watches a table cut into {@code chunks} (in key order, covering every key). */
    public void watch(TableSpec spec, List<Chunk> chunks) {
        Watched w = new Watched(spec.name(), chunks, order(spec));
        bySource.put(spec.name(), w);
        for (PhysicalTable t : spec.route().all()) {
            tables.computeIfAbsent(t.shardName(), k -> new HashMap<>()).put(t.tableName(), w);
        }
    }

    /** The chunks touched by batches the shards committed since the last call (or {@link #mark}). */
    public Touched since() {
        Map<String, SortedMap<Integer, Chunk>> touched = new LinkedHashMap<>();
        boolean late = false;
        for (Side shard : shards.values()) {
            long after = seen.get(shard.name());
            long[] last = {after};
            boolean[] gap = {false};
            Map<String, Watched> physical = tables.getOrDefault(shard.name(), Map.of());
            try {
                TouchedKeys.read(shard.dataSource(), job, after, b -> {
                    gap[0] |= last[0] == after && b.seq() > after + 1;
                    last[0] = b.seq();
                    Watched w = physical.get(b.table());
                    if (w != null) {
                        place(w, b, touched.computeIfAbsent(w.table(), k -> new TreeMap<>()));
                    }
                });
            } catch (SQLException e) {
                throw failed(shard, e);
            }
            seen.put(shard.name(), last[0]);
            late |= gap[0];
        }
        if (late) {
            touched.clear();
            bySource.values().forEach(w -> touched.put(w.table(), all(w)));
        }
        Map<String, List<Chunk>> chunks = new LinkedHashMap<>();
        touched.forEach((table, c) -> chunks.put(table, List.copyOf(c.values())));
        return new Touched(chunks, late);
    }

    private static void place(Watched w, TouchedKeys.Batch b, SortedMap<Integer, Chunk> into) {
        List<List<Object>> keys = w.order == null ? null : b.keys(w.order.length);
        if (keys == null) {
            into.putAll(all(w));
            return;
        }
        for (List<Object> targetKey : keys) {
            Object[] key = new Object[w.order.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = targetKey.get(w.order[i]);
            }
            Chunk c = chunkOf(w.chunks, key);
            into.put(c.index(), c);
        }
    }

    /** The first chunk whose upper bound is open or at least {@code key}. */
    private static Chunk chunkOf(List<Chunk> chunks, Object[] key) {
        int lo = 0;
        int hi = chunks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            List<Object> upper = chunks.get(mid).upperInclusive();
            if (upper == null || KeyOrder.compare(key, upper.toArray()) <= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return chunks.get(lo);
    }

    private static SortedMap<Integer, Chunk> all(Watched w) {
        SortedMap<Integer, Chunk> all = new TreeMap<>();
        w.chunks.forEach(c -> all.put(c.index(), c));
        return all;
    }

    /**
     * Where each source key column sits in the key the applier records (the target's primary key, else its
     * first unique NOT NULL key); null when that key is not made of the same columns.
     */
    private int[] order(TableSpec spec) {
        PhysicalTable first = spec.route().all().get(0);
        Side shard = shards.get(first.shardName());
        List<KeyColumn> target;
        try (Connection c = shard.connect()) {
            target = RowKeys.read(c, shard.flavor() == SqlFlavor.MYSQL ? c.getCatalog() : c.getSchema(),
                    first.tableName()).key();
        } catch (SQLException e) {
            throw failed(shard, e);
        }
        if (target.size() != spec.targetKey().size()) {
            return null;
        }
        int[] order = new int[target.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = -1;
            for (int j = 0; j < target.size(); j++) {
                if (target.get(j).name().equalsIgnoreCase(spec.targetKey().get(i).name())) {
                    order[i] = j;
                }
            }
            if (order[i] < 0) {
                return null;
            }
        }
        return order;
    }

    private CutoverException failed(Side shard, SQLException e) {
        return new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the keys the stream of job " + job
                + " changed on shard " + shard.name() + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }
}
