package io.cutover.cdc.snapshot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The types of a target table's written columns, in written column order, as the shard's driver reports them
 * for one physical table (every physical copy has the same shape).
 *
 * @param jdbc  {@link java.sql.Types} per column; {@link Types#OTHER} when the driver did not report one
 * @param names the database's type name per column, upper case
 */
record ColumnTypes(int[] jdbc, String[] names) {
    static ColumnTypes read(DataSource shard, String physicalTable, String[] columns) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Connection c = shard.getConnection();
             ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), physicalTable, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                types.put(column, rs.getInt("DATA_TYPE"));
                names.put(column, rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        int[] jdbc = new int[columns.length];
        String[] typeNames = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            String column = columns[c].toUpperCase(Locale.ROOT);
            jdbc[c] = types.getOrDefault(column, Types.OTHER);
            typeNames[c] = names.getOrDefault(column, "");
        }
        return new ColumnTypes(jdbc, typeNames);
    }
}
