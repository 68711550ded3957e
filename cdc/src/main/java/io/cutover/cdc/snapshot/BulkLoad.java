package io.cutover.cdc.snapshot;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A target's bulk path for one table: rows in {@link RowText} form loaded into one physical table inside the
 * caller's transaction, so they commit or roll back with the chunk's progress row. Immutable; one per table.
 */
interface BulkLoad {
    /** A buffer for this table's rows. */
    RowText text();

    void load(Connection connection, String physicalTable, RowText rows) throws SQLException;
}
