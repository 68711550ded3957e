package io.cutover.cdc.snapshot;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL: the table's indexes that are not primary, unique, exclusion or owned by a constraint, rebuilt
 * with the statement {@code pg_get_indexdef} gives.
 */
final class PostgresIndexes implements SecondaryIndexes {
    private static final ChangeStatements SQL = ChangeStatements.of(Dialect.POSTGRESQL);
    @Override
    public List<Index> list(Connection c, String table) throws SQLException {
        List<Index> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT quote_ident(n.nspname) || '.' || quote_ident(i.relname),"
                + " pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_namespace n ON n.oid = i.relnamespace"
                + " WHERE x.indrelid = to_regclass(?) AND NOT x.indisprimary AND NOT x.indisunique"
                + " AND NOT x.indisexclusion AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
                + " ORDER BY i.relname")) {
            p.setString(1, SQL.quote(table));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Index(table, rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    @Override
    public boolean drop(Connection c, Index index) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX " + index.name());
            return true;
        }
    }

    @Override
    public boolean exists(Connection c, Index index) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            p.setString(1, index.name());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
