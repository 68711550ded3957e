package io.cutover.verify.internal.compare;

import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.verify.internal.canonical.CanonicalSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** One database taking part in a comparison: the source or one shard. */
public record Side(String name, DataSource dataSource, SqlFlavor flavor) {

    public CanonicalSql sql() {
        return CanonicalSql.of(flavor);
    }

    /** A connection whose session reads zoned values in UTC, as the canonical texts require. */
    public Connection connect() throws SQLException {
        Connection c = dataSource.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute(switch (flavor) {
                case MYSQL -> "SET time_zone = '+00:00'";
                case POSTGRESQL -> "SET TIME ZONE 'UTC'";
                case ORACLE -> "ALTER SESSION SET TIME_ZONE = 'UTC'";
            });
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}
