package io.cutover.cdc.snapshot;

import io.cutover.mappings.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A target's secondary indexes that may be built after the copy: neither the primary key, nor unique, nor backing
 * a constraint. Each is listed with the statement that builds it again exactly as it was.
 */
interface SecondaryIndexes {
    /**
     * One index.
     *
     * @param table  the physical table
     * @param name   the index as the statements name it ({@code ix} for MySQL, {@code "schema"."ix"} for PostgreSQL)
     * @param create the statement that builds it
     */
    record Index(String table, String name, String create) {
    }

    List<Index> list(Connection c, String table) throws SQLException;

    /** Drops the index; false when the database keeps it because a constraint needs it. */
    boolean drop(Connection c, Index index) throws SQLException;

    boolean exists(Connection c, Index index) throws SQLException;

    static SecondaryIndexes of(Dialect dialect) {
        return dialect.family() == Dialect.Family.POSTGRESQL ? new PostgresIndexes() : new MysqlIndexes();
    }
}
