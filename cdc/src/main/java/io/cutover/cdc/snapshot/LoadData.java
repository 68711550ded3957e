package io.cutover.cdc.snapshot;

import io.cutover.mappings.dialect.ChangeStatements;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB/MySQL: {@code LOAD DATA LOCAL INFILE ... REPLACE} fed from memory through Connector/J's
 * {@code Statement#setLocalInfileInputStream}, with the default field and line options ({@link RowText}).
 * Binary columns arrive as hex in a user variable and are set with {@code UNHEX}. {@code REPLACE} makes a
 * rerun of a chunk overwrite rather than duplicate, as the INSERT path's upsert does.
 *
 * <p>With LOCAL the server turns data errors into warnings and carries on, so every load is followed by
 * {@code SHOW WARNINGS}: a warning or error fails the chunk (its transaction rolls back), as a strict-mode
 * INSERT would; notes (e.g. a decimal rounded to the column's scale) pass, as they do for INSERT.
 */
final class LoadData implements BulkLoad {
    private final ChangeStatements sql;
    private final String columns;
    private final boolean[] binary;

    LoadData(ChangeStatements sql, String[] columns, boolean[] binary) {
        this.sql = sql;
        this.binary = binary.clone();
        StringBuilder list = new StringBuilder(" (");
        StringBuilder set = new StringBuilder();
        for (int c = 0; c < columns.length; c++) {
            list.append(c == 0 ? "" : ", ");
            if (binary[c]) {
                list.append("@h").append(c);
                set.append(set.isEmpty() ? " SET " : ", ").append(sql.quote(columns[c])).append(" = UNHEX(@h").append(c)
                        .append(')');
            } else {
                list.append(sql.quote(columns[c]));
            }
        }
        this.columns = list.append(')').append(set).toString();
    }

    @Override
    public RowText text() {
        return new RowText(RowText.Format.LOAD_DATA, binary);
    }

    @Override
    public void load(Connection connection, String physicalTable, RowText rows) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new PacketSizedInput(rows.bytes(), rows.length()));
            s.execute("LOAD DATA LOCAL INFILE 'cutover-rows' REPLACE INTO TABLE " + sql.quote(physicalTable)
                    + " CHARACTER SET utf8mb4" + columns);
            List<String> problems = new ArrayList<>();
            try (ResultSet w = s.executeQuery("SHOW WARNINGS LIMIT 5")) {
                while (w.next()) {
                    if (!"Note".equalsIgnoreCase(w.getString(1))) {
                        problems.add(w.getString(1) + " " + w.getInt(2) + ": " + w.getString(3));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new SQLException("LOAD DATA into " + physicalTable + " did not store every value exactly: "
                        + String.join("; ", problems) + " (run with --write insert to see the failing row)", "22000");
            }
        }
    }
}
