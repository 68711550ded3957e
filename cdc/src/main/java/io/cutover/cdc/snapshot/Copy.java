package io.cutover.cdc.snapshot;

import io.cutover.mappings.dialect.ChangeStatements;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: {@code COPY table (columns) FROM STDIN} in text format through pgjdbc's {@code CopyManager},
 * inside the chunk's transaction. COPY has no conflict clause; a rerun of a chunk is still clean because the
 * chunk's key range was deleted first in the same transaction ({@link ShardSink#clear}).
 */
final class Copy implements BulkLoad {
    private final ChangeStatements sql;
    private final String columns;
    private final boolean[] binary;

    Copy(ChangeStatements sql, String[] columns, boolean[] binary) {
        this.sql = sql;
        this.binary = binary.clone();
        StringBuilder list = new StringBuilder(" (");
        for (int c = 0; c < columns.length; c++) {
            list.append(c == 0 ? "" : ", ").append(sql.quote(columns[c]));
        }
        this.columns = list.append(") FROM STDIN").toString();
    }

    @Override
    public RowText text() {
        return new RowText(RowText.Format.COPY, binary);
    }

    @Override
    public void load(Connection connection, String physicalTable, RowText rows) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + sql.quote(physicalTable) + columns);
        try {
            in.writeToCopy(rows.bytes(), 0, rows.length());
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
