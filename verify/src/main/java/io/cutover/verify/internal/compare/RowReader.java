package io.cutover.verify.internal.compare;

import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.KeyRange;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.internal.canonical.CanonicalSql;
import io.cutover.verify.internal.canonical.ColumnKind;
import io.cutover.verify.internal.canonical.JavaCanonical;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams the rows of a key range of one table in key order, with their canonical texts; memory stays
 * bounded by the driver's fetch size. The database writes the canonical texts ({@link CanonicalSql}, equal to
 * {@link JavaCanonical}'s), so a row costs a string per column here; columns without an SQL form
 * ({@link ColumnKind#JAVA}) are canonicalised in Java. Key and shard key columns are also read as values,
 * after the texts. Close it to release the connection.
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
    private final int[] valueAt; // result column of a key or shard key column's value, 0 for none
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
        CanonicalSql canonicalSql = side.sql();
        int n = spec.columns().size();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < n; i++) {
            Column c = spec.columns().get(i);
            String name = flavor.quote(source ? c.sourceName() : c.targetName());
            // named apart: PostgreSQL names ("id")::text "id", which would make ORDER BY "id" ambiguous
            sql.append(i == 0 ? "" : ", ").append(c.kind() == ColumnKind.JAVA ? name
                    : canonicalSql.column(c.kind(), source ? c.sourceType() : c.targetType(), name) + " AS "
                    + flavor.quote("cutover_text_" + i));
        }
        boolean[] valued = new boolean[n];
        for (int i : spec.keyIndexes()) {
            valued[i] = true;
        }
        for (int i : spec.shardKeyIndexes()) {
            valued[i] = true;
        }
        valueAt = new int[n];
        int next = n + 1;
        for (int i = 0; i < n; i++) {
            if (valued[i]) {
                Column c = spec.columns().get(i);
                sql.append(", ").append(flavor.quote(source ? c.sourceName() : c.targetName()));
                valueAt[i] = next++;
            }
        }
        sql.append(" FROM ").append(ref.sql(flavor)).append(" WHERE ").append(range.condition()).append(" ORDER BY ");
        for (int i = 0; i < key.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(flavor.keyExpression(key.get(i)));
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
                texts[i] = c.kind() == ColumnKind.JAVA
                        ? canonical.text(rs, i + 1, c.kind(), source ? c.sourceType() : c.targetType())
                        : rs.getString(i + 1);
                if (valueAt[i] > 0) {
                    values[i] = rs.getObject(valueAt[i]);
                }
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
