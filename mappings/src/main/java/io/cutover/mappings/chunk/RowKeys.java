package io.cutover.mappings.chunk;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the key a table is chunked by: its primary key, else the first unique index (by name) whose
 * columns are all NOT NULL. A table with neither cannot be split into key ranges and is refused.
 */
public final class RowKeys {
    private RowKeys() {
    }

    /**
     * The row key of a table, looked up as named, then in upper and in lower case (Oracle stores
     * {@code ORDERS}, PostgreSQL {@code orders}).
     *
     * @return the table as the database stores it, with its key columns in key order
     */
    public static Keyed read(Connection connection, String schema, String table) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            boolean catalogs = md.getDatabaseProductName().matches("(?i)mariadb|mysql");
            String catalog = catalogs ? schema : null;
            String schemaPattern = catalogs ? null : schema;
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
                Map<String, ColumnInfo> columns = columns(md, catalog, schemaPattern, name);
                if (!columns.isEmpty()) {
                    return new Keyed(new TableRef(schema, name), key(md, catalog, schemaPattern, name, columns));
                }
            }
            throw new CutoverException(ErrorCode.INVALID_INPUT, "table " + table + " does not exist in "
                    + (schema == null ? "the connection's default schema" : "schema " + schema));
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the key of table " + table + ": "
                    + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** A table and the key it is chunked by. */
    public record Keyed(TableRef table, List<KeyColumn> key) {
        public Keyed {
            key = List.copyOf(key);
        }
    }

    private record ColumnInfo(boolean nullable, boolean text) {
    }

    private static List<KeyColumn> key(DatabaseMetaData md, String catalog, String schema, String table,
                                       Map<String, ColumnInfo> columns) throws SQLException {
        Map<Integer, String> primary = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                primary.put((int) rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        if (!primary.isEmpty()) {
            return keyColumns(primary.values(), columns);
        }
        Map<String, Map<Integer, String>> unique = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index != null && column != null) {
                    unique.computeIfAbsent(index, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), column);
                }
            }
        }
        for (Map<Integer, String> index : unique.values()) {
            if (index.values().stream().noneMatch(c -> columns.get(c).nullable())) {
                return keyColumns(index.values(), columns);
            }
        }
        throw new CutoverException(ErrorCode.INVALID_INPUT, "table " + table + " has no primary key and no unique"
                + " key of NOT NULL columns, so it cannot be split into key ranges and its rows cannot be matched;"
                + " add a primary key, or leave the table out (--tables)");
    }

    private static List<KeyColumn> keyColumns(Iterable<String> names, Map<String, ColumnInfo> columns) {
        List<KeyColumn> key = new ArrayList<>();
        for (String name : names) {
            key.add(new KeyColumn(name, columns.get(name).text()));
        }
        return key;
    }

    private static Map<String, ColumnInfo> columns(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        Map<String, ColumnInfo> columns = new HashMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                boolean text = type == Types.CHAR || type == Types.VARCHAR || type == Types.NCHAR
                        || type == Types.NVARCHAR || type == Types.LONGVARCHAR || type == Types.LONGNVARCHAR;
                columns.put(rs.getString("COLUMN_NAME"),
                        new ColumnInfo(rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, text));
            }
        }
        return columns;
    }
}
