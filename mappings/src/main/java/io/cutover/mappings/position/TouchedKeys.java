package io.cutover.mappings.position;

import io.cutover.mappings.chunk.KeyCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Reads which rows the stream changed on one shard: table {@code cutover_touched}, which the stream's applier
 * writes in the same transaction as the rows. Per job, each committed shard batch has a number ({@code seq},
 * from 1, without gaps) and one row per physical table it changed, holding the changed row keys (in the physical
 * table's key column order) or NULL when the whole table counts as changed. Rows older than an hour are deleted
 * by the stream, except its newest batch, so a reader that finds its next batch number missing knows it came too
 * late. The table and its columns are the stream's; this reader only needs
 * {@code job, seq, table_name, position, row_keys}.
 */
public final class TouchedKeys {
    /** The stream's table of changed keys on every shard. */
    public static final String TABLE = "cutover_touched";

    private TouchedKeys() {
    }

    /**
     * The changed keys of one physical table in one shard batch.
     *
     * @param seq      the batch number on the shard
     * @param table    the physical table
     * @param position the highest source position of the batch
     * @param keys     the keys in {@link KeyCodec} form, concatenated; null for the whole table
     */
    public record Batch(long seq, String table, Position position, String keys) {
        /** The keys, each {@code width} values long; null when the whole table counts as changed. */
        public List<List<Object>> keys(int width) {
            if (keys == null) {
                return null;
            }
            List<Object> values = KeyCodec.decode(keys);
            List<List<Object>> out = new ArrayList<>(values.size() / width);
            for (int i = 0; i + width <= values.size(); i += width) {
                out.add(values.subList(i, i + width));
            }
            return out;
        }
    }

    /**
     * The number of the job's newest batch on the shard, 0 when it has none; empty when the shard has no
     * {@code cutover_touched} table (no stream ran there, or one of a version that does not record keys).
     */
    public static OptionalLong last(DataSource shard, String job) throws SQLException {
        try (Connection c = shard.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT MAX(seq) FROM " + TABLE + " WHERE job = ?")) {
            p.setString(1, job);
            try (ResultSet rs = p.executeQuery()) {
                return OptionalLong.of(rs.next() ? rs.getLong(1) : 0);
            }
        } catch (SQLException e) {
            if (AppliedPositions.noTable(e)) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    /** Passes the job's batches numbered above {@code afterSeq} to {@code each}, in batch order. */
    public static void read(DataSource shard, String job, long afterSeq, Consumer<Batch> each) throws SQLException {
        try (Connection c = shard.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT seq, table_name, position, row_keys FROM " + TABLE
                     + " WHERE job = ? AND seq > ? ORDER BY seq, table_name")) {
            p.setString(1, job);
            p.setLong(2, afterSeq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    each.accept(new Batch(rs.getLong(1), rs.getString(2), Position.parse(rs.getString(3)),
                            rs.getString(4)));
                }
            }
        }
    }
}
