package io.cutover.samples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;

/** COUNTRIES, PRODUCTS, INVENTORY and SETTINGS: the same size at every scale. */
final class ReferenceRows {
    static final int PRODUCTS = 1000;
    static final LocalDateTime EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0);

    private final long seed;
    private final BigDecimal[] prices = new BigDecimal[PRODUCTS + 1];

    ReferenceRows(long seed) {
        this.seed = seed;
        for (int id = 1; id <= PRODUCTS; id++) {
            prices[id] = price(id, Rand.of(seed, ShopTable.PRODUCTS, -id));
        }
    }

    /** The list price of a product; order lines are sold at it. */
    BigDecimal price(long productId) {
        return prices[(int) productId];
    }

    void countries(RowSink sink) throws SQLException {
        for (String[] c : Vocabulary.COUNTRIES) {
            sink.row(c[0], c[1], c[2]);
        }
    }

    void products(RowSink sink) throws SQLException {
        for (int id = 1; id <= PRODUCTS; id++) {
            Rand r = Rand.of(seed, ShopTable.PRODUCTS, id);
            String sku = "SKU-%06d".formatted(id);
            String name = r.pick(Vocabulary.WORDS) + " " + r.pick(Vocabulary.WORDS) + " " + id;
            String description = id % 97 == 0 ? r.text(Vocabulary.WORDS, r.between(60_000, 200_000))
                    : r.chance(0.2) ? null : r.text(Vocabulary.WORDS, r.between(20, 400));
            Double weight = r.chance(0.1) ? null : id % 50 == 0 ? 1e-7 * id : r.between(1, 50_000) / 1000.0 + 0.1;
            byte[] thumbnail = id % 250 == 0 ? r.bytes(256 * 1024) : r.chance(0.15) ? r.bytes(r.between(1024, 16_384))
                    : null;
            byte[] checksum = r.chance(0.1) ? null : md5(sku);
            sink.row(id, sku, name, description, price(id), weight, thumbnail, checksum, timestamp(r, 6));
        }
    }

    void inventory(RowSink sink) throws SQLException {
        for (int id = 1; id <= PRODUCTS; id++) {
            Rand r = Rand.of(seed, ShopTable.INVENTORY, id);
            int first = r.between(0, Vocabulary.WAREHOUSES.size() - 1);
            int count = r.between(1, 4);
            for (int w = 0; w < count && first + w < Vocabulary.WAREHOUSES.size(); w++) {
                Duration restock = r.chance(0.3) ? null
                        : Duration.ofDays(r.between(0, 999)).plusSeconds(r.between(0, 86_399));
                LocalDateTime updated = r.chance(0.05) ? null : timestamp(r, 3);
                sink.row(id, Vocabulary.WAREHOUSES.get(first + w), r.betweenLong(0, 9_999_999_999L), restock, updated);
            }
        }
    }

    void settings(RowSink sink) throws SQLException {
        Rand r = Rand.of(seed, ShopTable.SETTINGS, 0);
        String[] areas = {"checkout", "search", "mail", "payments", "shipping", "ui"};
        String[] names = {"enabled", "timeout_ms", "max_items", "banner", "provider", "retry"};
        for (String area : areas) {
            for (String name : names) {
                sink.row(area + "." + name, r.chance(0.1) ? null : r.text(Vocabulary.WORDS, r.between(1, 40)),
                        r.chance(0.1) ? null : r.between(1, 99), date(r));
            }
        }
        sink.row("legal.terms", "Terms and conditions apply. ".repeat(143).substring(0, 4000), 1, date(r));
        sink.row("ui.greeting", "Grüß Gott, こんにちは, 👋", 2, date(r));
    }

    /** A TIMESTAMP(n) in 2024-2025 with n fraction digits. */
    static LocalDateTime timestamp(Rand r, int digits) {
        long micros = r.betweenLong(0, 2L * 365 * 86_400_000_000L);
        long unit = (long) Math.pow(10, 6 - digits);
        return EPOCH.plusNanos(micros / unit * unit * 1000);
    }

    /** An Oracle DATE: to the second. */
    static LocalDateTime date(Rand r) {
        return EPOCH.plusSeconds(r.betweenLong(0, 2L * 365 * 86_400));
    }

    private static BigDecimal price(int id, Rand r) {
        return switch (id) {
            case 1 -> new BigDecimal("99999999.99");
            case 2 -> new BigDecimal("0.00");
            default -> r.chance(0.02) ? r.decimal(9_999_999_999L, 2) : r.decimal(50_000, 2).add(new BigDecimal("0.99"));
        };
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
