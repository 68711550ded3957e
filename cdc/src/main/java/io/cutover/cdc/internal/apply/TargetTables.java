package io.cutover.cdc.internal.apply;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.mappings.shard.TableRoute;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reads the shape of a target table from the first of its physical tables: columns in order, and the row
 * key the applier upserts and deletes by (the primary key, else the first unique index whose columns are
 * all NOT NULL). A table with neither is refused with a message saying what to do.
 */
public final class TargetTables {
    private TargetTables() {
    }

    public static TargetTable read(TableRoute route, DataSource shard) {
        PhysicalTable first = route.all().get(0);
        try (Connection c = shard.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            String catalog = c.getCatalog();
            String schema = c.getSchema();
            String table = first.tableName();
            Map<String, Boolean> columns = columns(md, catalog, schema, table);
            if (columns.isEmpty()) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "target table " + table + " (of source table "
                        + route.sourceTable() + ") does not exist on shard " + first.shardName()
                        + "; create the target schema first (cutover schema apply)");
            }
            List<String> key = primaryKey(md, catalog, schema, table);
            if (key.isEmpty()) {
                key = uniqueNotNullKey(md, catalog, schema, table, columns);
            }
            if (key.isEmpty()) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "target table " + table + " (of source table "
                        + route.sourceTable() + ") on shard " + first.shardName() + " has no primary key and no"
                        + " unique key of NOT NULL columns, so changes cannot be matched to rows; add a primary key,"
                        + " or exclude the table from the stream in the mapping file");
            }
            return new TargetTable(route.targetTable(), new ArrayList<>(columns.keySet()), key);
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the columns of " + first.tableName()
                    + " on shard " + first.shardName() + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static Map<String, Boolean> columns(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> names = new TreeMap<>();
        Map<String, Boolean> nullable = new LinkedHashMap<>();
        Map<String, Boolean> byName = new LinkedHashMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                names.put(rs.getInt("ORDINAL_POSITION"), name);
                byName.put(name, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
            }
        }
        for (String name : names.values()) {
            nullable.put(name, byName.get(name));
        }
        return nullable;
    }

    private static List<String> primaryKey(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                key.put((int) rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(key.values());
    }

    private static List<String> uniqueNotNullKey(DatabaseMetaData md, String catalog, String schema, String table,
                                                 Map<String, Boolean> nullable) throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (index != null && column != null) {
                    indexes.computeIfAbsent(index, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), column);
                }
            }
        }
        for (Map<Integer, String> index : indexes.values()) {
            boolean notNull = true;
            for (String column : index.values()) {
                notNull &= Boolean.FALSE.equals(nullable.get(column));
            }
            if (notNull) {
                return new ArrayList<>(index.values());
            }
        }
        return List.of();
    }
}
