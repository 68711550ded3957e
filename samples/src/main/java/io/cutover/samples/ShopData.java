package io.cutover.samples;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Fills the SHOP tables that {@link ShopSchema#create} made with deterministic data: the same seed and size give
 * the same rows, value for value, on PostgreSQL and on MariaDB. Sizes scale by customers; the reference tables
 * (20 countries, 1,000 products with their inventory, 38 settings) are fixed. The values exercise what migrations
 * get wrong: NULLs, 4-byte UTF-8, decimals at full precision and scale, microseconds, zoned instants, intervals,
 * CHAR padding, backslashes and tabs in text, and some large text and binary values.
 */
public final class ShopData {
    /**
     * How much to generate.
     *
     * @param customers customers to create; each brings about 3 orders, 7.5 order lines, 2.5 payments and 1.5
     *                  shipments
     */
    public record Size(int customers) {
        /** About 325,000 rows. */
        public static final Size DEFAULT = new Size(20_000);
        /** Rows per customer over all tables, as measured at the default size. */
        private static final double ROWS_PER_CUSTOMER = 16.1;
        /** Rows of the fixed reference tables, about. */
        private static final long REFERENCE_ROWS = 3_200;

        public Size {
            if (customers < 1) {
                throw new IllegalArgumentException("a sample needs at least one customer, not " + customers);
            }
        }

        /** The size whose row count is about {@code rows}; at least one customer. */
        public static Size ofRows(long rows) {
            double customers = (rows - REFERENCE_ROWS) / ROWS_PER_CUSTOMER;
            return new Size((int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(customers))));
        }
    }

    private ShopData() {
    }

    /** Loads every table in dependency order, one transaction per table, then moves the sequences past the keys. */
    public static LoadResult load(DataSource dataSource, Size size, long seed) {
        ReferenceRows reference = new ReferenceRows(seed);
        CustomerRows customers = new CustomerRows(seed, size.customers());
        OrderRows orders = new OrderRows(seed, size.customers(), reference);
        Map<ShopTable, Long> rows = new LinkedHashMap<>();
        long started = System.nanoTime();
        try (Connection c = Flavor.open(dataSource)) {
            Flavor flavor = Flavor.of(c);
            c.setAutoCommit(false);
            for (ShopTable table : ShopTable.values()) {
                TableSink sink = TableSink.open(c, flavor, table);
                switch (table) {
                    case COUNTRIES -> reference.countries(sink);
                    case PRODUCTS -> reference.products(sink);
                    case CUSTOMERS -> customers.customers(sink);
                    case ORDERS -> orders.orders(sink);
                    case ORDER_ITEMS -> orders.items(sink);
                    case PAYMENTS -> orders.payments(sink);
                    case INVENTORY -> reference.inventory(sink);
                    case SHIPMENTS -> orders.shipments(sink);
                    case SETTINGS -> reference.settings(sink);
                    case AUDIT_LOG -> customers.auditLog(sink);
                }
                rows.put(table, sink.finish());
                c.commit();
            }
            ShopSchema.syncSequences(c, flavor);
            c.commit();
            if (flavor == Flavor.POSTGRESQL) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
        } catch (SQLException e) {
            throw new SampleException("loading the SHOP sample", e);
        }
        return new LoadResult(rows, java.time.Duration.ofNanos(System.nanoTime() - started));
    }
}
