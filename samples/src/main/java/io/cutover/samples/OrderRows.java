package io.cutover.samples;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * ORDERS with their ORDER_ITEMS, PAYMENTS and SHIPMENTS: 0-6 orders per customer (3 on average), 1-4 lines per
 * order. Every pass walks the orders in id order and rebuilds each from its own random stream, so the four tables
 * agree without holding the orders in memory.
 */
final class OrderRows {
    private static final List<String> STATUSES = List.of("NEW", "PAID", "SHIPPED", "CANCELLED");
    private static final List<ZoneOffset> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(-5),
            ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(9), ZoneOffset.ofHoursMinutes(5, 45));

    record Item(int line, long productId, int quantity, BigDecimal unitPrice) {
    }

    record Payment(BigDecimal amount, BigDecimal providerRef, String method, OffsetDateTime paidAt) {
    }

    record Shipment(String carrier, String trackingNo, LocalDateTime shippedAt, Period warranty) {
    }

    record Order(long id, long customerId, String status, OffsetDateTime orderedAt, BigDecimal total, Double discount,
                 LocalDateTime shipBy, List<Item> items, List<Payment> payments, Shipment shipment) {
    }

    /** Receives one order. */
    interface OrderSink {
        void order(Order order) throws SQLException;
    }

    private final long seed;
    private final int customers;
    private final ReferenceRows reference;

    OrderRows(long seed, int customers, ReferenceRows reference) {
        this.seed = seed;
        this.customers = customers;
        this.reference = reference;
    }

    void orders(RowSink sink) throws SQLException {
        forEach(o -> sink.row(o.id, o.customerId, orderNo(o.id), o.status, o.orderedAt, o.total, o.discount, o.shipBy));
    }

    void items(RowSink sink) throws SQLException {
        forEach(o -> {
            for (Item i : o.items) {
                sink.row(o.id, i.line, o.customerId, i.productId, i.quantity, i.unitPrice);
            }
        });
    }

    void payments(RowSink sink) throws SQLException {
        long[] id = {0};
        forEach(o -> {
            for (Payment p : o.payments) {
                sink.row(++id[0], o.id, o.customerId, p.amount, p.providerRef, p.method, p.paidAt);
            }
        });
    }

    void shipments(RowSink sink) throws SQLException {
        long[] id = {0};
        forEach(o -> {
            if (o.shipment != null) {
                Shipment s = o.shipment;
                sink.row(++id[0], o.id, o.customerId, s.carrier, s.trackingNo, s.shippedAt, s.warranty);
            }
        });
    }

    static String orderNo(long orderId) {
        return "ORD-%010d".formatted(orderId);
    }

    private void forEach(OrderSink sink) throws SQLException {
        long orderId = 0;
        for (long customer = CustomerRows.FIRST_ID; customer < CustomerRows.FIRST_ID + customers; customer++) {
            int count = Rand.of(seed, ShopTable.ORDERS, -customer).between(0, 6);
            for (int k = 0; k < count; k++) {
                sink.order(order(++orderId, customer));
            }
        }
    }

    private Order order(long id, long customer) {
        Rand r = Rand.of(seed, ShopTable.ORDERS, id);
        double roll = r.nextDouble();
        String status = STATUSES.get(roll < 0.15 ? 0 : roll < 0.45 ? 1 : roll < 0.95 ? 2 : 3);
        OffsetDateTime orderedAt = ReferenceRows.timestamp(r, 6).atOffset(r.pick(ZONES));
        List<Item> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int line = 1, lines = r.between(1, 4); line <= lines; line++) {
            long product = r.between(1, ReferenceRows.PRODUCTS);
            int quantity = r.chance(0.02) ? 100 : r.between(1, 5);
            Item item = new Item(line, product, quantity, reference.price(product));
            items.add(item);
            total = total.add(item.unitPrice.multiply(BigDecimal.valueOf(quantity)));
        }
        Double discount = r.chance(0.7) ? null : r.between(5, 30) / 100.0;
        LocalDateTime shipBy = status.equals("CANCELLED") ? null
                : orderedAt.toLocalDateTime().withNano(0).plusDays(r.between(3, 10));
        List<Payment> payments = new ArrayList<>();
        if (status.equals("PAID") || status.equals("SHIPPED")) {
            BigDecimal first = r.chance(0.05) ? total.divide(BigDecimal.valueOf(2), java.math.RoundingMode.DOWN) : total;
            payments.add(payment(r, first, orderedAt));
            if (first.compareTo(total) != 0) {
                payments.add(payment(r, total.subtract(first), orderedAt));
            }
        }
        Shipment shipment = status.equals("SHIPPED") ? new Shipment(r.pick(Vocabulary.CARRIERS),
                r.chance(0.1) ? null : "TRK" + Long.toString(r.betweenLong(0, 1L << 60), 36).toUpperCase(java.util.Locale.ROOT),
                shipBy.minusDays(r.between(0, 2)), r.chance(0.4) ? null : Period.ofMonths(r.between(0, 99))
                .normalized()) : null;
        return new Order(id, customer, status, orderedAt, total, discount, shipBy, items, payments, shipment);
    }

    private static Payment payment(Rand r, BigDecimal amount, OffsetDateTime orderedAt) {
        OffsetDateTime paidAt = r.chance(0.03) ? null
                : orderedAt.plusNanos(r.betweenLong(1, 86_400_000_000L) * 1000).withOffsetSameInstant(ZoneOffset.UTC);
        return new Payment(amount, r.chance(0.2) ? null : r.digits(38), r.pick(Vocabulary.METHODS), paidAt);
    }
}
