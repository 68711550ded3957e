package io.cutover.samples;

import java.sql.Connection;
import java.sql.SQLException;

/** Writes the rows of one table in bulk; {@link #finish()} sends the rest and returns the rows written. */
interface TableSink extends RowSink {
    long finish() throws SQLException;

    /** COPY on PostgreSQL, multi-row INSERTs on MariaDB. */
    static TableSink open(Connection c, Flavor flavor, ShopTable table) throws SQLException {
        return flavor == Flavor.POSTGRESQL ? new CopySink(c, table) : new InsertSink(c, flavor, table);
    }
}
