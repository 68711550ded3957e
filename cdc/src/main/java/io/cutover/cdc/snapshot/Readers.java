package io.cutover.cdc.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Closing reader connections, whatever state their transactions are in. */
final class Readers {
    private Readers() {
    }

    static void closeAll(List<Connection> readers) {
        for (Connection c : readers) {
            try {
                c.close();
            } catch (SQLException e) {
                // the connection is gone already; nothing was written through it
            }
        }
    }
}
