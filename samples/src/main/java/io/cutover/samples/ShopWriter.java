package io.cutover.samples;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one change of each {@link Change} kind on the SHOP tables, one transaction each, with portable SQL. Keys
 * come from what the source held when it started: customers, orders and payments are never deleted, so any id in
 * their range exists; new orders and payments take the next ids.
 */
final class ShopWriter {
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> STATUSES = List.of("NEW", "PAID", "SHIPPED", "CANCELLED");

    /** A deleted order line, kept to be inserted again under its key. */
    private record Line(long orderId, int lineNo, long productId, int quantity, BigDecimal unitPrice) {
    }

    private final Connection c;
    private final Flavor flavor;
    private final Rand r;
    private final long firstCustomer;
    private final long lastCustomer;
    private final long firstOrder;
    private long lastOrder;
    private long lastPayment;
    private final List<Long> products = new ArrayList<>();
    private final Map<Long, BigDecimal> prices = new HashMap<>();
    private final ArrayDeque<Line> deleted = new ArrayDeque<>();

    ShopWriter(Connection c, Flavor flavor, long seed) throws SQLException {
        this.c = c;
        this.flavor = flavor;
        this.r = Rand.of(seed, ShopTable.ORDERS, Long.MIN_VALUE);
        long[] customers = longs("SELECT min(customer_id), max(customer_id) FROM customers");
        long[] orders = longs("SELECT min(order_id), max(order_id) FROM orders");
        firstCustomer = customers[0];
        lastCustomer = customers[1];
        firstOrder = orders[0];
        lastOrder = orders[1];
        lastPayment = longs("SELECT max(payment_id), 0 FROM payments")[0];
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT product_id, price FROM products ORDER BY product_id")) {
            while (rs.next()) {
                products.add(rs.getLong(1));
                prices.put(rs.getLong(1), rs.getBigDecimal(2));
            }
        }
        c.commit();
        if (lastCustomer == 0 || lastOrder == 0 || products.isEmpty()) {
            throw new SQLException("the source holds no SHOP sample (customers, orders, products); run 'cutover "
                    + "sample load' first", "02000");
        }
    }

    /** Makes the change that comes next in the seeded sequence and returns its kind. */
    Change next(long index) throws SQLException {
        double roll = r.nextDouble();
        Change change = roll < 0.35 ? Change.INSERT : roll < 0.65 ? Change.UPDATE : roll < 0.80 ? Change.DELETE
                : roll < 0.90 ? Change.REINSERT : Change.SHARD_KEY_CHANGE;
        if (change == Change.REINSERT && deleted.isEmpty()) {
            change = Change.DELETE;
        }
        if (change == Change.SHARD_KEY_CHANGE && firstCustomer == lastCustomer) {
            change = Change.UPDATE;
        }
        try {
            switch (change) {
                case INSERT -> insertOrder(index);
                case UPDATE -> update(index);
                case DELETE -> deleteLine();
                case REINSERT -> reinsertLine();
                case SHARD_KEY_CHANGE -> moveOrder();
            }
            c.commit();
            return change;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private void insertOrder(long index) throws SQLException {
        long order = ++lastOrder;
        long customer = r.betweenLong(firstCustomer, lastCustomer);
        OffsetDateTime at = EPOCH.plusSeconds(index).plusNanos(r.between(0, 999_999) * 1000L)
                .withOffsetSameInstant(ZoneOffset.ofHours(r.between(-10, 12)));
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_items (order_id, line_no, customer_id, "
                + "product_id, quantity, unit_price) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int line = 1, lines = r.between(1, 4); line <= lines; line++) {
                long product = r.pick(products);
                int quantity = r.between(1, 5);
                total = total.add(prices.get(product).multiply(BigDecimal.valueOf(quantity)));
                bind(ps, order, line, customer, product, quantity, prices.get(product));
                ps.addBatch();
            }
            execute("INSERT INTO orders (order_id, customer_id, order_no, status, ordered_at, total, discount_rate, "
                    + "ship_by) VALUES (?, ?, ?, 'PAID', ?, ?, ?, ?)", order, customer, OrderRows.orderNo(order), at,
                    total, r.chance(0.7) ? null : r.between(5, 30) / 100.0, at.toLocalDateTime().withNano(0).plusDays(5));
            ps.executeBatch();
        }
        execute("INSERT INTO payments (payment_id, order_id, customer_id, amount, provider_ref, method, paid_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", ++lastPayment, order, customer, total, r.digits(38),
                r.pick(Vocabulary.METHODS), at.plusSeconds(r.between(1, 600)).withOffsetSameInstant(ZoneOffset.UTC));
    }

    private void update(long index) throws SQLException {
        switch (r.between(0, 4)) {
            case 0 -> execute("UPDATE orders SET status = ? WHERE order_id = ?", r.pick(STATUSES), anyOrder());
            case 1 -> execute("UPDATE payments SET amount = ? WHERE payment_id = ?", r.decimal(10_000_000, 2),
                    r.betweenLong(1, lastPayment));
            case 2 -> execute("UPDATE customers SET credit_limit = ?, loyalty_points = ? WHERE customer_id = ?",
                    r.decimal(5_000_000, 2), r.decimal(100_000_000, r.between(0, 6)),
                    r.betweenLong(firstCustomer, lastCustomer));
            case 3 -> {
                long product = r.pick(products);
                BigDecimal price = r.decimal(50_000, 2);
                prices.put(product, price);
                execute("UPDATE products SET price = ? WHERE product_id = ?", price, product);
            }
            default -> execute("UPDATE inventory SET on_hand = on_hand + ?, updated_at = ? WHERE product_id = ?",
                    r.between(-5, 20), EPOCH.toLocalDateTime().plusSeconds(index), r.pick(products));
        }
    }

    private void deleteLine() throws SQLException {
        Line line = lastLineFrom(anyOrder());
        if (line == null) {
            line = lastLineFrom(firstOrder);
        }
        if (line == null) {
            throw new SQLException("no order line is left to delete", "02000");
        }
        execute("DELETE FROM order_items WHERE order_id = ? AND line_no = ?", line.orderId, line.lineNo);
        execute("UPDATE orders SET total = total - ? WHERE order_id = ?",
                line.unitPrice.multiply(BigDecimal.valueOf(line.quantity)), line.orderId);
        deleted.add(line);
    }

    private void reinsertLine() throws SQLException {
        Line line = deleted.poll();
        execute("INSERT INTO order_items (order_id, line_no, customer_id, product_id, quantity, unit_price) "
                + "SELECT order_id, ?, customer_id, ?, ?, ? FROM orders WHERE order_id = ?",
                line.lineNo, line.productId, line.quantity, line.unitPrice, line.orderId);
        execute("UPDATE orders SET total = total + ? WHERE order_id = ?",
                line.unitPrice.multiply(BigDecimal.valueOf(line.quantity)), line.orderId);
    }

    private void moveOrder() throws SQLException {
        long order = anyOrder();
        long from = longs("SELECT customer_id, 0 FROM orders WHERE order_id = " + order)[0];
        long to = r.betweenLong(firstCustomer, lastCustomer - 1);
        if (to >= from) {
            to++;
        }
        for (String table : List.of("orders", "order_items", "payments", "shipments")) {
            execute("UPDATE " + table + " SET customer_id = ? WHERE order_id = ?", to, order);
        }
    }

    /** The last line of the first order at or after {@code order} that has lines, or null. */
    private Line lastLineFrom(long order) throws SQLException {
        String sql = "SELECT order_id, line_no, product_id, quantity, unit_price FROM order_items WHERE order_id = "
                + "(SELECT min(order_id) FROM order_items WHERE order_id >= ?) ORDER BY line_no DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, order);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Line(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getBigDecimal(5))
                        : null;
            }
        }
    }

    private long anyOrder() {
        return r.betweenLong(firstOrder, lastOrder);
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            ps.executeUpdate();
        }
    }

    private void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            flavor.bind(ps, i + 1, values[i]);
        }
    }

    private long[] longs(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
