package io.cutover.cdc.snapshot;

import java.sql.Connection;
import java.util.List;

/**
 * Reader connections that all see the source as of one point. Opened by {@link ConsistentReads}; closing
 * it ends the readers' transactions.
 */
interface ConsistentRead extends AutoCloseable {
    /** The point the readers see. */
    SourcePoint point();

    /** The readers, one per parallel copy worker, each inside its snapshot transaction. */
    List<Connection> readers();

    /** Text after the table name in a chunk query: {@code AS OF SCN n} for Oracle, empty elsewhere. */
    default String asOf() {
        return "";
    }

    @Override
    void close();
}
