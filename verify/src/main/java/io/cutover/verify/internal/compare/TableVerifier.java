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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * Compares the chunks of one table. The source and every physical table are queried at the same time.
 * In checksum mode a chunk whose count or checksum differs is bisected at its median source key, and the
 * halves that still differ are narrowed until at most {@code leafRows} source rows remain, which are then
 * diffed row by row. Rows mode diffs every chunk; count mode compares counts.
 */
public final class TableVerifier {
    private final TableSpec spec;
    private final Side source;
    private final Map<String, Side> shards;
    private final Chunker chunker;
    private final Mode mode;
    private final int leafRows;
    private final ExecutorService pool;
    private final Findings findings;

    public TableVerifier(TableSpec spec, Side source, Map<String, Side> shards, Chunker chunker, Mode mode,
                         int leafRows, ExecutorService pool, Findings findings) {
        this.spec = spec;
        this.source = source;
        this.shards = shards;
        this.chunker = chunker;
        this.mode = mode;
        this.leafRows = leafRows;
        this.pool = pool;
        this.findings = findings;
    }

    /** What one chunk gave. */
    public record Outcome(long sourceRows, boolean matched) {
    }

    public Outcome verify(Chunk chunk) {
        try {
            List<Object> lower = chunk.lowerExclusive();
            List<Object> upper = chunk.upperInclusive();
            if (mode == Mode.ROWS) {
                long rows = 0;
                long differences = 0;
                for (List<PhysicalTable> group : spec.groups()) {
                    RowDiff.Result r = RowDiff.diff(spec, source, shards, group, lower, upper, findings);
                    rows = r.rows();
                    differences += r.differences();
                }
                return new Outcome(rows, differences == 0);
            }
            boolean countOnly = mode == Mode.COUNT;
            List<CompletableFuture<Sum>> sums = new ArrayList<>();
            CompletableFuture<Sum> sourceSum = async(() -> Checksums.of(spec, source, null, lower, upper, countOnly));
            for (List<PhysicalTable> group : spec.groups()) {
                sums.add(groupSum(group, lower, upper, countOnly));
            }
            Sum s = join(sourceSum);
            boolean matched = true;
            for (int g = 0; g < sums.size(); g++) {
                Sum t = join(sums.get(g));
                if (s.equals(t)) {
                    continue;
                }
                matched = false;
                if (countOnly) {
                    List<PhysicalTable> group = spec.groups().get(g);
                    findings.add(new Difference(Difference.Kind.COUNT, spec.name(), chunk.toString(),
                            group.size() == 1 ? group.get(0).shardName() + "." + group.get(0).tableName() : "all shards",
                            List.of(new Difference.Column("rows", Long.toString(s.count()), Long.toString(t.count())))));
                } else {
                    narrow(spec.groups().get(g), lower, upper, s);
                }
            }
            return new Outcome(s.count(), matched);
        } catch (SQLException e) {
            throw failed(chunk.toString(), e);
        }
    }

    private void narrow(List<PhysicalTable> group, List<Object> lower, List<Object> upper, Sum sourceSum)
            throws SQLException {
        if (sourceSum.count() <= leafRows) {
            RowDiff.diff(spec, source, shards, group, lower, upper, findings);
            return;
        }
        List<Object> middle = chunker.keyAt(lower, upper, sourceSum.count() / 2 - 1);
        for (int half = 0; half < 2; half++) {
            List<Object> lo = half == 0 ? lower : middle;
            List<Object> hi = half == 0 ? middle : upper;
            CompletableFuture<Sum> s = async(() -> Checksums.of(spec, source, null, lo, hi, false));
            Sum t = join(groupSum(group, lo, hi, false));
            Sum sHalf = join(s);
            if (!sHalf.equals(t)) {
                narrow(group, lo, hi, sHalf);
            }
        }
    }

    private CompletableFuture<Sum> groupSum(List<PhysicalTable> group, List<Object> lower, List<Object> upper,
                                            boolean countOnly) {
        CompletableFuture<Sum> total = CompletableFuture.completedFuture(Sum.ZERO);
        for (PhysicalTable t : group) {
            CompletableFuture<Sum> one = async(() -> Checksums.of(spec, shards.get(t.shardName()), t, lower, upper,
                    countOnly));
            total = total.thenCombine(one, Sum::plus);
        }
        return total;
    }

    private interface SqlWork {
        Sum run() throws SQLException;
    }

    private CompletableFuture<Sum> async(SqlWork work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, pool);
    }

    private Sum join(CompletableFuture<Sum> f) throws SQLException {
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
