package io.cutover.verify.internal.compare;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.Chunker;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.Difference;
import io.cutover.verify.Mode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * Compares the chunks of one table. The source and every physical table are queried at the same time.
 * In checksum mode the source rows of a sharded table are also split by the physical table the router sends
 * them to (in the source database by the router's SQL twin where it has one, else in Java), and each physical
 * table's count and checksum is compared with its share, so a row that sits only
 * on the wrong physical table is found too. A chunk whose count or checksum differs is bisected at its
 * median source key, and the halves that still differ are narrowed until at most {@code leafRows} source rows
 * remain, which are then diffed row by row. Rows mode diffs every chunk; count mode compares counts.
 */
public final class TableVerifier {
    private final TableSpec spec;
    private final Side source;
    private final Map<String, Side> shards;
    private final Chunker chunker;
    private final Mode mode;
    private final int leafRows;
    private final ExecutorService pool;

    public TableVerifier(TableSpec spec, Side source, Map<String, Side> shards, Chunker chunker, Mode mode,
                         int leafRows, ExecutorService pool) {
        this.spec = spec;
        this.source = source;
        this.shards = shards;
        this.chunker = chunker;
        this.mode = mode;
        this.leafRows = leafRows;
        this.pool = pool;
    }

    /**
     * What one chunk gave.
     *
     * @param leaves the ranges that were diffed row by row and differed (count mode: the chunk)
     */
    public record Outcome(long sourceRows, boolean matched, List<Leaf> leaves) {
    }

    /** A key range of one group of physical tables that differed. */
    public record Leaf(List<PhysicalTable> group, List<Object> lower, List<Object> upper, String chunk) {
    }

    /** Compares a chunk; what differs goes to {@code findings}. */
    public Outcome verify(Chunk chunk, Sink findings) {
        try {
            List<Leaf> leaves = new ArrayList<>();
            List<Object> lower = chunk.lowerExclusive();
            List<Object> upper = chunk.upperInclusive();
            if (mode == Mode.ROWS) {
                long rows = 0;
                long differences = 0;
                for (List<PhysicalTable> group : spec.groups()) {
                    RowDiff.Result r = RowDiff.diff(spec, source, shards, group, lower, upper, findings);
                    rows = r.rows();
                    differences += r.differences();
                    if (r.differences() > 0) {
                        leaves.add(new Leaf(group, lower, upper, chunk.toString()));
                    }
                }
                return new Outcome(rows, differences == 0, leaves);
            }
            boolean countOnly = mode == Mode.COUNT;
            boolean routed = !countOnly && spec.routed();
            CompletableFuture<Sum[]> sourceSums = sourceSums(lower, upper, countOnly, routed);
            List<CompletableFuture<Sum[]>> sums = new ArrayList<>();
            for (List<PhysicalTable> group : spec.groups()) {
                sums.add(groupSums(group, lower, upper, countOnly, routed));
            }
            Sum[] s = join(sourceSums);
            boolean matched = true;
            for (int g = 0; g < sums.size(); g++) {
                Sum[] t = join(sums.get(g));
                if (Arrays.equals(s, t)) {
                    continue;
                }
                matched = false;
                List<PhysicalTable> group = spec.groups().get(g);
                if (countOnly) {
                    counted(group, chunk.toString(), s[0], t[0], findings);
                    leaves.add(new Leaf(group, lower, upper, chunk.toString()));
                } else {
                    narrow(group, lower, upper, count(s), routed, chunk.toString(), findings, leaves);
                }
            }
            return new Outcome(count(s), matched, leaves);
        } catch (SQLException e) {
            throw failed(chunk.toString(), e);
        }
    }

    /** Compares a range that differed before again, as the mode does at its finest (rows, or counts). */
    public void recheck(Leaf leaf, Sink findings) {
        try {
            if (mode == Mode.COUNT) {
                Sum s = Checksums.of(spec, source, null, leaf.lower(), leaf.upper(), true);
                Sum t = join(groupSums(leaf.group(), leaf.lower(), leaf.upper(), true, false))[0];
                if (!s.equals(t)) {
                    counted(leaf.group(), leaf.chunk(), s, t, findings);
                }
            } else {
                RowDiff.diff(spec, source, shards, leaf.group(), leaf.lower(), leaf.upper(), findings);
            }
        } catch (SQLException e) {
            throw failed(leaf.chunk(), e);
        }
    }

    private void counted(List<PhysicalTable> group, String chunk, Sum s, Sum t, Sink findings) {
        findings.add(new Difference(Difference.Kind.COUNT, spec.name(), chunk,
                group.size() == 1 ? group.get(0).shardName() + "." + group.get(0).tableName() : "all shards",
                List.of(new Difference.Column("rows", Long.toString(s.count()), Long.toString(t.count())))));
    }

    private void narrow(List<PhysicalTable> group, List<Object> lower, List<Object> upper, long sourceRows,
                        boolean routed, String chunk, Sink findings, List<Leaf> leaves) throws SQLException {
        if (sourceRows <= leafRows) {
            if (RowDiff.diff(spec, source, shards, group, lower, upper, findings).differences() > 0) {
                leaves.add(new Leaf(group, lower, upper, chunk));
            }
            return;
        }
        List<Object> middle = chunker.keyAt(lower, upper, sourceRows / 2 - 1);
        for (int half = 0; half < 2; half++) {
            List<Object> lo = half == 0 ? lower : middle;
            List<Object> hi = half == 0 ? middle : upper;
            CompletableFuture<Sum[]> s = sourceSums(lo, hi, false, routed);
            Sum[] t = join(groupSums(group, lo, hi, false, routed));
            Sum[] sHalf = join(s);
            if (!Arrays.equals(sHalf, t)) {
                narrow(group, lo, hi, count(sHalf), routed, chunk, findings, leaves);
            }
        }
    }

    /** The source range's sum: one element, or with {@code routed} one per physical table it routes to. */
    private CompletableFuture<Sum[]> sourceSums(List<Object> lower, List<Object> upper, boolean countOnly,
                                                boolean routed) {
        return async(() -> routed ? Checksums.shares(spec, source, lower, upper)
                : new Sum[] {Checksums.of(spec, source, null, lower, upper, countOnly)});
    }

    /** The group's sum: one element, or with {@code routed} one per physical table in index order. */
    private CompletableFuture<Sum[]> groupSums(List<PhysicalTable> group, List<Object> lower, List<Object> upper,
                                               boolean countOnly, boolean routed) {
        List<CompletableFuture<Sum[]>> each = new ArrayList<>();
        for (PhysicalTable t : group) {
            each.add(async(() -> new Sum[] {Checksums.of(spec, shards.get(t.shardName()), t, lower, upper,
                    countOnly)}));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Sum[] sums = new Sum[routed ? group.size() : 1];
            Arrays.fill(sums, Sum.ZERO);
            for (int i = 0; i < group.size(); i++) {
                int at = routed ? group.get(i).index() : 0;
                sums[at] = sums[at].plus(each.get(i).join()[0]);
            }
            return sums;
        });
    }

    private static long count(Sum[] sums) {
        long n = 0;
        for (Sum s : sums) {
            n += s.count();
        }
        return n;
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> CompletableFuture<T> async(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, pool);
    }

    private static <T> T join(CompletableFuture<T> f) throws SQLException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private CutoverException failed(String where, SQLException e) {
        return new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot compare " + where + ": " + e.getMessage()
                + " (SQLState " + e.getSQLState() + ")", e);
    }
}
