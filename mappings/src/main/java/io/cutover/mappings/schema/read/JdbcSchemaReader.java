package io.cutover.mappings.schema.read;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.JdbcUrls;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.plan.StreamSettings;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.ColumnType;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Skipped;
import io.cutover.mappings.schema.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a live source schema through JDBC {@link DatabaseMetaData} into the same {@link Schema} that
 * {@link OracleDdlReader} produces: tables, columns, primary keys, unique indexes (as unique keys),
 * other indexes, foreign keys, and sequences ({@link JdbcSequences}). CHECK constraints and PL/SQL
 * are not in standard metadata and are not read. Every location is {@code jdbc:<redacted url>:0:0}.
 *
 * <p>The model speaks Oracle types, so other sources' types are brought to their Oracle equivalent:
 * <table>
 * <caption>Source type to Oracle type</caption>
 * <tr><th>PostgreSQL</th><th>MariaDB / MySQL</th><th>Oracle type</th></tr>
 * <tr><td>smallint</td><td>smallint</td><td>NUMBER(5)</td></tr>
 * <tr><td>integer, serial</td><td>int, int unsigned</td><td>NUMBER(10)</td></tr>
 * <tr><td>bigint, bigserial</td><td>bigint (unsigned: NUMBER(20))</td><td>NUMBER(19)</td></tr>
 * <tr><td></td><td>tinyint / mediumint</td><td>NUMBER(3) / NUMBER(7)</td></tr>
 * <tr><td>numeric(p,s) / numeric</td><td>decimal(p,s)</td><td>NUMBER(p,s) / NUMBER</td></tr>
 * <tr><td>boolean</td><td>bit(1), boolean</td><td>NUMBER(1)</td></tr>
 * <tr><td>real</td><td>float</td><td>BINARY_FLOAT</td></tr>
 * <tr><td>double precision</td><td>double</td><td>BINARY_DOUBLE</td></tr>
 * <tr><td>varchar(n)</td><td>varchar(n)</td><td>VARCHAR2(n CHAR)</td></tr>
 * <tr><td>char(n)</td><td>char(n)</td><td>CHAR(n CHAR)</td></tr>
 * <tr><td>text, varchar, json, jsonb, xml</td><td>tinytext … longtext, json</td><td>CLOB</td></tr>
 * <tr><td>bytea</td><td>tinyblob … longblob</td><td>BLOB</td></tr>
 * <tr><td></td><td>binary(n), varbinary(n)</td><td>RAW(n)</td></tr>
 * <tr><td>date (date only, no time of day)</td><td>date (date only)</td><td>DATE</td></tr>
 * <tr><td>timestamp(n)</td><td>datetime(n)</td><td>TIMESTAMP(n)</td></tr>
 * <tr><td>timestamptz(n)</td><td></td><td>TIMESTAMP(n) WITH TIME ZONE</td></tr>
 * <tr><td></td><td>timestamp(n) (stored in UTC)</td><td>TIMESTAMP(n) WITH LOCAL TIME ZONE</td></tr>
 * <tr><td>interval</td><td></td><td>INTERVAL DAY(9) TO SECOND(n)</td></tr>
 * </table>
 * A table with a column of any other type (PostgreSQL uuid, arrays, MariaDB enum, time, ...) is left
 * out and reported as {@link Skipped}. Serial, identity and AUTO_INCREMENT columns are identity
 * columns.
 */
public final class JdbcSchemaReader {
    /** What pgjdbc reports as the size of a numeric declared without precision. */
    private static final int PG_UNCONSTRAINED_NUMERIC = 1000;


    /**
     * @param schema the PostgreSQL schema, MariaDB/MySQL database or Oracle owner to read, as the
     *               database stores its name
     */
    public Schema read(Connection connection, String schema) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            String product = md.getDatabaseProductName();
            boolean catalogs = product.equals("MariaDB") || product.equals("MySQL");
            String catalog = catalogs ? schema : null;
            String schemaPattern = catalogs ? null : schema;
            Location location = new Location("jdbc:" + JdbcUrls.redact(md.getURL()).replaceFirst("^jdbc:", ""), 0, 0);
            List<Table> tables = new ArrayList<>();
            List<Index> indexes = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            for (Map.Entry<String, Boolean> t : tables(md, catalog, schemaPattern).entrySet()) {
                try {
                    tables.add(table(md, product, catalog, schemaPattern, t.getKey(), t.getValue(), indexes, location));
                } catch (UnreadableStatement e) {
                    skipped.add(e.skipped());
                }
            }
            return new Schema(tables, indexes, JdbcSequences.read(connection, product, schema, location), List.of(),
                    skipped);
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "reading the schema " + schema
                    + " failed: SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ": " + e.getMessage(), e);
        }
    }

    /** Table names in metadata order, each with whether it is partitioned; the stream's heartbeat table is left out. */
    private static Map<String, Boolean> tables(DatabaseMetaData md, String catalog, String schema) throws SQLException {
        Map<String, Boolean> out = new LinkedHashMap<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                boolean table = type.equals("TABLE") || type.equals("BASE TABLE") || type.equals("PARTITIONED TABLE");
                if (table && !StreamSettings.HEARTBEAT_TABLE.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    out.put(rs.getString("TABLE_NAME"), type.equals("PARTITIONED TABLE"));
                }
            }
        }
        return out;
    }

    private static Table table(DatabaseMetaData md, String product, String catalog, String schema, String name,
                               boolean partitioned, List<Index> indexes, Location location) throws SQLException {
        List<Column> columns = new ArrayList<>();
        String comment = null;
        try (ResultSet rs = md.getTables(catalog, schema, name, null)) {
            if (rs.next()) {
                comment = emptyToNull(rs.getString("REMARKS"));
            }
        }
        try (ResultSet rs = md.getColumns(catalog, schema, name, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                String typeName = rs.getString("TYPE_NAME");
                ColumnType type = declaredType(product, typeName, rs.getInt("COLUMN_SIZE"),
                        (Integer) rs.getObject("DECIMAL_DIGITS", Integer.class));
                if (type == null) {
                    throw new UnreadableStatement(new Skipped(location, "table " + name + " column " + column
                            + ": type " + typeName + " has no Oracle equivalent; the table is left out",
                            column + " " + typeName));
                }
                String defaultValue = rs.getString("COLUMN_DEF");
                if ("NULL".equalsIgnoreCase(defaultValue)) { // MariaDB reports a missing default as NULL
                    defaultValue = null;
                }
                boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"))
                        || defaultValue != null && defaultValue.startsWith("nextval(");
                columns.add(new Column(column, type, rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        identity ? null : defaultValue, identity, emptyToNull(rs.getString("REMARKS"))));
            }
        }
        Key primaryKey = primaryKey(md, catalog, schema, name);
        List<Key> uniqueKeys = new ArrayList<>();
        for (Index index : indexes(md, catalog, schema, name, location)) {
            boolean backsPrimaryKey = primaryKey != null && (index.name().equals(primaryKey.name())
                    || index.name().equals("PRIMARY"));
            if (backsPrimaryKey) {
                continue;
            }
            if (index.unique() && !index.functionBased()) {
                uniqueKeys.add(new Key(index.name(), index.columns()));
            } else {
                indexes.add(index);
            }
        }
        return new Table(name, columns, primaryKey, uniqueKeys, foreignKeys(md, catalog, schema, name), List.of(),
                comment, partitioned, location);
    }

    private static Key primaryKey(DatabaseMetaData md, String catalog, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                name = rs.getString("PK_NAME");
            }
        }
        return columns.isEmpty() ? null : new Key(name, List.copyOf(columns.values()));
    }

    private static List<Index> indexes(DatabaseMetaData md, String catalog, String schema, String table,
                                       Location location) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, List<String>> expressions = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic || name == null) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                boolean expression = column.contains("(");
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                columns.computeIfAbsent(name, k -> new ArrayList<>()).add(column);
                if (expression) {
                    expressions.put(name, List.of());
                }
            }
        }
        List<Index> out = new ArrayList<>();
        for (String name : unique.keySet()) {
            List<String> cols = columns.get(name);
            out.add(expressions.containsKey(name)
                    ? new Index(name, table, List.of(), cols, unique.get(name), location)
                    : new Index(name, table, cols, List.of(), unique.get(name), location));
        }
        return out;
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData md, String catalog, String schema, String table)
            throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                int rule = rs.getInt("DELETE_RULE");
                String onDelete = rule == DatabaseMetaData.importedKeyCascade ? "CASCADE"
                        : rule == DatabaseMetaData.importedKeySetNull ? "SET NULL" : null;
                ForeignKey before = keys.get(name);
                List<String> columns = new ArrayList<>(before == null ? List.of() : before.columns());
                List<String> referenced = new ArrayList<>(before == null ? List.of() : before.referencedColumns());
                columns.add(rs.getString("FKCOLUMN_NAME"));
                referenced.add(rs.getString("PKCOLUMN_NAME"));
                keys.put(name, new ForeignKey(name, columns, rs.getString("PKTABLE_NAME"), referenced, onDelete));
            }
        }
        return List.copyOf(keys.values());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The Oracle equivalent of a column as {@code getColumns} reports it, its reporting quirks taken out: an
     * unconstrained PostgreSQL numeric's size is 1000, a MariaDB datetime(n)'s 19 + 1 + n.
     */
    private static ColumnType declaredType(String product, String typeName, int size, Integer digits) {
        SourceType source = switch (product) {
            case "PostgreSQL" -> SourceType.POSTGRESQL;
            case "MariaDB" -> SourceType.MARIADB;
            case "MySQL" -> SourceType.MYSQL;
            default -> SourceType.ORACLE;
        };
        String type = typeName.toLowerCase(Locale.ROOT);
        boolean binlog = source == SourceType.MARIADB || source == SourceType.MYSQL;
        if (binlog && (type.equals("datetime") || type.equals("timestamp"))) { // as the binlog connectors say it
            return SourceTypes.oracleType(source, typeName, size > 19 ? size - 20 : null, null);
        }
        boolean unconstrained = source == SourceType.POSTGRESQL && type.equals("numeric")
                && size >= PG_UNCONSTRAINED_NUMERIC;
        return SourceTypes.oracleType(source, typeName, unconstrained ? null : size, digits);
    }
}
