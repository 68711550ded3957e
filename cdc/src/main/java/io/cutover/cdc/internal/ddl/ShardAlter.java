package io.cutover.cdc.internal.ddl;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.shard.PhysicalTable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings one physical table up to a list of {@link TargetColumn}s: adds a missing column (nullable), widens a
 * text or number column too narrow for its type, and leaves a column that already holds the type alone, so a
 * rerun after a failure or a restart changes nothing. A column of another kind is refused. On the MySQL family
 * a widened column keeps NOT NULL but not a DEFAULT ({@code MODIFY} restates the column).
 */
public final class ShardAlter {
    private final Dialect dialect;
    private final Identifiers names;

    public ShardAlter(Dialect dialect) {
        this.dialect = dialect;
        this.names = Identifiers.of(dialect);
    }

    /** The number of columns added or widened. */
    public int apply(Connection c, PhysicalTable table, List<TargetColumn> columns) throws SQLException {
        int altered = 0;
        for (TargetColumn column : columns) {
            String sql = statement(c, table, column);
            if (sql != null) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
                altered++;
            }
        }
        return altered;
    }

    /** The ALTER TABLE that brings the column to its type, or null when it holds the type already. */
    private String statement(Connection c, PhysicalTable table, TargetColumn column) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String alter = "ALTER TABLE " + names.sql(table.tableName());
        String name = names.sql(column.name());
        String type = column.type().sql();
        try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table.tableName(), null)) {
            while (rs.next()) {
                if (!rs.getString("COLUMN_NAME").equalsIgnoreCase(column.name())) {
                    continue;
                }
                ColumnCapacity now = ColumnCapacity.existing(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS"));
                ColumnCapacity wanted = ColumnCapacity.wanted(column.type());
                if (now.holds(wanted)) {
                    return null;
                }
                if (!now.widensTo(wanted)) {
                    throw new CutoverException(ErrorCode.INVALID_INPUT, "column " + column.name() + " of "
                            + table.tableName() + " on shard " + table.shardName() + " is " + rs.getString("TYPE_NAME")
                            + ", the source change needs " + type + "; change it on every shard, then restart");
                }
                boolean notNull = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                return dialect.family() == Dialect.Family.POSTGRESQL
                        ? alter + " ALTER COLUMN " + name + " TYPE " + type
                        : alter + " MODIFY COLUMN " + name + " " + type + (notNull ? " NOT NULL" : "");
            }
        }
        return alter + " ADD COLUMN " + name + " " + type;
    }
}
