package io.cutover.samples;

import java.sql.SQLException;

/** Receives the generated rows of one table, values in {@link ShopTable#columns()} order. */
interface RowSink {
    void row(Object... values) throws SQLException;
}
