package io.cutover.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Multi-row {@code INSERT ... VALUES (...), (...)}: one statement per 500 rows, or fewer when the batch passes
 * 4 MB, well under MariaDB's default 16 MB packet.
 */
final class InsertSink implements TableSink {
    private static final int ROWS = 500;
    private static final long BYTES = 4L << 20;

    private final Connection connection;
    private final Flavor flavor;
    private final ShopTable table;
    private final List<Object[]> batch = new ArrayList<>(ROWS);
    private PreparedStatement full;
    private long bytes;
    private long rows;

    InsertSink(Connection connection, Flavor flavor, ShopTable table) {
        this.connection = connection;
        this.flavor = flavor;
        this.table = table;
    }

    @Override
    public void row(Object... values) throws SQLException {
        batch.add(values);
        for (Object v : values) {
            bytes += v instanceof String s ? s.length() * 3L : v instanceof byte[] b ? b.length * 2L : 8;
        }
        if (batch.size() == ROWS || bytes >= BYTES) {
            send();
        }
    }

    @Override
    public long finish() throws SQLException {
        send();
        if (full != null) {
            full.close();
        }
        return rows;
    }

    private void send() throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() == ROWS) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS));
            }
            execute(full);
        } else {
            try (PreparedStatement ps = connection.prepareStatement(sql(batch.size()))) {
                execute(ps);
            }
        }
        rows += batch.size();
        batch.clear();
        bytes = 0;
    }

    private void execute(PreparedStatement ps) throws SQLException {
        int index = 1;
        for (Object[] row : batch) {
            for (Object value : row) {
                flavor.bind(ps, index++, value);
            }
        }
        ps.executeUpdate();
    }

    private String sql(int rowCount) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.sqlName()).append(" (");
        List<String> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(flavor.quote(columns.get(i)));
        }
        String tuple = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        sql.append(") VALUES ").append(tuple);
        for (int i = 1; i < rowCount; i++) {
            sql.append(", ").append(tuple);
        }
        return sql.toString();
    }
}
