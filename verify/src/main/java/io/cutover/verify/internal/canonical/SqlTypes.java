package io.cutover.verify.internal.canonical;

import io.cutover.mappings.chunk.TableRef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads the column types of a table from JDBC metadata. */
public final class SqlTypes {
    private SqlTypes() {
    }

    /** Column name (as stored) to type, in column order; empty when the table does not exist. */
    public static Map<String, SqlType> read(Connection connection, TableRef table) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        boolean mysql = md.getDatabaseProductName().matches("(?i)mariadb|mysql");
        String catalog = mysql ? table.schema() : null;
        String schema = mysql ? null : table.schema();
        Map<Integer, Map.Entry<String, SqlType>> ordered = new TreeMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table.name(), "%")) {
            while (rs.next()) {
                ordered.put(rs.getInt("ORDINAL_POSITION"), Map.entry(rs.getString("COLUMN_NAME"),
                        new SqlType(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), mysql)));
            }
        }
        Map<String, SqlType> columns = new LinkedHashMap<>();
        ordered.values().forEach(e -> columns.put(e.getKey(), e.getValue()));
        return columns;
    }
}
