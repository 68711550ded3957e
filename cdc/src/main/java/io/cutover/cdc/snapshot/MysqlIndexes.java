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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL family: the {@code KEY}, {@code FULLTEXT KEY} and {@code SPATIAL KEY} lines of {@code SHOW CREATE TABLE},
 * each rebuilt with {@code ALTER TABLE t ADD <line>}, which keeps prefixes, order, type and comment as they were.
 */
final class MysqlIndexes implements SecondaryIndexes {
    private static final ChangeStatements SQL = ChangeStatements.of(Dialect.MARIADB);
    private static final Pattern KEY = Pattern.compile("^\\s+((?:FULLTEXT |SPATIAL )?KEY `((?:[^`]|``)+)` .*?),?$");
    /** ER_DROP_INDEX_FK: the index backs a foreign key. */
    private static final int NEEDED_IN_FOREIGN_KEY = 1553;

    @Override
    public List<Index> list(Connection c, String table) throws SQLException {
        List<Index> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + SQL.quote(table))) {
            rs.next();
            for (String line : rs.getString(2).split("\n")) {
                Matcher m = KEY.matcher(line);
                if (m.matches()) {
                    out.add(new Index(table, m.group(2).replace("``", "`"), "ALTER TABLE " + SQL.quote(table) + " ADD "
                            + m.group(1)));
                }
            }
        }
        return out;
    }

    @Override
    public boolean drop(Connection c, Index index) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + SQL.quote(index.table()) + " DROP INDEX " + SQL.quote(index.name()));
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == NEEDED_IN_FOREIGN_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean exists(Connection c, Index index) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ?")) {
            p.setString(1, index.table());
            p.setString(2, index.name());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }
}
