package io.cutover.verify.internal.compare;

import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.internal.canonical.JavaCanonical;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams the rows of a key range of one table in key order, with their canonical texts; memory stays
 * bounded by the driver's fetch size. Close it to release the connection.
 */
final class RowReader implements AutoCloseable {
    private static final int FETCH = 1000;

    private final TableSpec spec;
    private final boolean source;
    private final PhysicalTable table;
    private final JavaCanonical canonical = new JavaCanonical();
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rs;
    private final boolean[] raw;
    private Row head;

    RowReader(TableSpec spec, Side side, boolean source, PhysicalTable table, List<Object> lower, List<Object> upper)
            throws SQLException {
        this.spec = spec;
        this.source = source;
        this.table = table;
        SqlFlavor flavor = side.flavor();
        List<KeyColumn> key = source ? spec.key() : spec.targetKey();
        TableRef ref = source ? spec.source() : new TableRef(null, table.tableName());
        KeyRange range = KeyRange.of(flavor, key, lower, upper);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < spec.columns().size(); i++) {
            Column c = spec.columns().get(i);
            sql.append(i == 0 ? "" : ", ").append(flavor.quote(source ? c.sourceName() : c.targetName()));
        }
        sql.append(" FROM ").append(ref.sql(flavor)).append(" WHERE ").append(range.condition()).append(" ORDER BY ");
        for (int i = 0; i < key.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(flavor.keyExpression(key.get(i)));
        }
        raw = new boolean[spec.columns().size()];
        for (int i : spec.keyIndexes()) {
            raw[i] = true;
        }
        for (int i : spec.shardKeyIndexes()) {
            raw[i] = true;
        }
        connection = side.connect();
        try {
            if (flavor == SqlFlavor.POSTGRESQL) {
                connection.setAutoCommit(false); // pgjdbc streams with a fetch size only inside a transaction
            }
            statement = connection.prepareStatement(sql.toString());
            statement.setFetchSize(FETCH);
            range.bind(statement, 1);
            rs = statement.executeQuery();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** The current row without consuming it; null at the end. */
    Row peek() throws SQLException {
        if (head == null && rs.next()) {
            int n = spec.columns().size();
            Object[] values = new Object[n];
            String[] texts = new String[n];
            for (int i = 0; i < n; i++) {
                Column c = spec.columns().get(i);
                if (raw[i]) {
                    values[i] = rs.getObject(i + 1);
                }
                texts[i] = canonical.text(rs, i + 1, c.kind(), source ? c.sourceType() : c.targetType());
            }
            Object[] key = new Object[spec.keyIndexes().length];
            for (int k = 0; k < key.length; k++) {
                key[k] = values[spec.keyIndexes()[k]];
            }
            head = new Row(values, key, texts, table);
        }
        return head;
    }

    Row next() throws SQLException {
        Row r = peek();
        head = null;
        return r;
    }

    @Override
    public void close() throws SQLException {
        try (connection; statement; rs) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
