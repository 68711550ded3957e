package io.cutover.mappings.chunk;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Splits a table into key ranges of about {@code rowsPerChunk} rows. Each boundary is the key of the
 * n-th row after the previous boundary in key order, read through the key's index
 * ({@code SELECT k FROM t WHERE k > ? ORDER BY k LIMIT 1 OFFSET n-1}), so integer, text, composite,
 * negative and sparse keys all give chunks of n rows except the last, which is open-ended. The same rows
 * give the same chunks. The snapshot and the verifier share it.
 *
 * <pre>{@code
 * List<Chunk> chunks = Chunker.of(source, SqlFlavor.POSTGRESQL, table, key).rowsPerChunk(10_000).chunks();
 * }</pre>
 */
public final class Chunker {
    private final DataSource dataSource;
    private final SqlFlavor flavor;
    private final TableRef table;
    private final List<KeyColumn> key;
    private final int rowsPerChunk;

    private Chunker(DataSource dataSource, SqlFlavor flavor, TableRef table, List<KeyColumn> key, int rowsPerChunk) {
        this.dataSource = dataSource;
        this.flavor = flavor;
        this.table = table;
        this.key = List.copyOf(key);
        this.rowsPerChunk = rowsPerChunk;
    }

    public static Chunker of(DataSource dataSource, SqlFlavor flavor, TableRef table, List<KeyColumn> key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("table " + table + ": a chunk key needs at least one column");
        }
        return new Chunker(dataSource, flavor, table, key, 10_000);
    }

    public Chunker rowsPerChunk(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows per chunk must be at least 1, got " + rows);
        }
        return new Chunker(dataSource, flavor, table, key, rows);
    }

    /** Every chunk of the table, in key order, from index 0. */
    public List<Chunk> chunks() {
        return chunksAfter(null, 0);
    }

    /**
     * The chunks of the rows after {@code lowerExclusive} (null: from the start), numbered from
     * {@code firstIndex}; how a resumed job continues after its last finished chunk.
     */
    public List<Chunk> chunksAfter(List<Object> lowerExclusive, int firstIndex) {
        List<Chunk> chunks = new ArrayList<>();
        List<Object> lower = lowerExclusive;
        int index = firstIndex;
        while (true) {
            List<Object> upper = keyAt(lower, null, rowsPerChunk - 1);
            chunks.add(new Chunk(table.name(), index++, lower, upper));
            if (upper == null) {
                return chunks;
            }
            lower = upper;
        }
    }

    /**
     * The key of the row at {@code offset} (from 0) in key order among the rows of a range, or null when
     * the range has no more rows than that. Bisection splits a range at {@code keyAt(lower, upper, count / 2)}.
     */
    public List<Object> keyAt(List<Object> lowerExclusive, List<Object> upperInclusive, long offset) {
        KeyRange range = KeyRange.of(flavor, key, lowerExclusive, upperInclusive);
        StringBuilder sql = new StringBuilder("SELECT ");
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(flavor.quote(key.get(i).name()));
            order.append(i == 0 ? "" : ", ").append(flavor.keyExpression(key.get(i)));
        }
        sql.append(" FROM ").append(table.sql(flavor)).append(" WHERE ").append(range.condition())
                .append(" ORDER BY ").append(order).append(flavor.onlyRowAt(offset));
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql.toString())) {
            range.bind(p, 1);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object[] values = new Object[key.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                return Collections.unmodifiableList(Arrays.asList(values));
            }
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the chunk boundaries of " + table
                    + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }
}
