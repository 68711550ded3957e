package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.value.CanonicalValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the routing formulas. The expected indices were computed ONCE outside Java, from the formulas in
 * docs/shard-routing.md: hash with {@code printf '%b' "$text" | md5sum | cut -c1-16} and Python's
 * {@code int(hex, 16) % T}; mod with Python's {@code k % T}. The same hash indices were reproduced by the
 * documented MariaDB and PostgreSQL expressions. If this test fails, rows would move between shards: fix
 * the code, never the numbers.
 */
class GoldenVectorsTest {
    // Layouts: T=8 is 2 shards x 4 tables (orders_0..7), T=64 is 4 x 16 (orders_00..63), T=7 is 7 x 1 (orders).
    private static final TableRoute HASH_8 = Plans.orders(2, Algorithm.HASH, 4, null, List.of(), "K");
    private static final TableRoute HASH_64 = Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "K");
    private static final TableRoute HASH_7 = Plans.orders(7, Algorithm.HASH, 1, null, List.of(), "K");
    private static final TableRoute MOD_8 = Plans.orders(2, Algorithm.MOD, 4, null, List.of(), "K");
    private static final TableRoute MOD_64 = Plans.orders(4, Algorithm.MOD, 16, "orders_{index:2}", List.of(), "K");
    private static final TableRoute MOD_7 = Plans.orders(7, Algorithm.MOD, 1, null, List.of(), "K");

    /** Keys of one canonical text, and their hash index for T = 8, 64 and 7. */
    private record HashVector(String text, int t8, int t64, int t7, Object... keys) {
    }

    private static final List<HashVector> HASH = List.of(
            new HashVector("42", 7, 39, 5, 42L, 42, (short) 42, (byte) 42, BigInteger.valueOf(42),
                    new BigDecimal("42.000"), new BigDecimal("42"), new BigDecimal("4.2E+1"), 42.0d),
            new HashVector("0", 7, 47, 1, 0L, BigDecimal.ZERO, new BigDecimal("-0.0"), new BigDecimal("0E+5"),
                    -0.0d, 0.0f),
            new HashVector("-1", 1, 49, 0, -1L, -1, new BigDecimal("-1.0")),
            new HashVector("9223372036854775807", 1, 17, 2, Long.MAX_VALUE, new BigDecimal("9223372036854775807.00")),
            new HashVector("-9223372036854775808", 7, 7, 2, Long.MIN_VALUE, BigInteger.valueOf(Long.MIN_VALUE)),
            new HashVector("1.5", 4, 12, 0, new BigDecimal("1.50"), 1.5d, 1.5f, "1.5"),
            new HashVector("", 4, 4, 0, ""),
            new HashVector("Zürich", 2, 18, 1, "Zürich"),
            new HashVector("東京", 7, 47, 3, "東京"),
            new HashVector("😀", 0, 48, 6, "😀"),
            new HashVector("2024-03-01", 3, 43, 6, LocalDate.of(2024, 3, 1), java.sql.Date.valueOf("2024-03-01")),
            new HashVector("2024-03-01 12:30:45.12", 1, 25, 5, LocalDateTime.of(2024, 3, 1, 12, 30, 45, 120_000_000),
                    Timestamp.valueOf("2024-03-01 12:30:45.120000")),
            new HashVector("2024-03-01 12:30:45", 1, 9, 5, LocalDateTime.of(2024, 3, 1, 12, 30, 45),
                    Instant.parse("2024-03-01T12:30:45Z"),
                    OffsetDateTime.of(2024, 3, 1, 14, 30, 45, 0, ZoneOffset.ofHours(2))),
            new HashVector("00ab", 5, 21, 0, (Object) new byte[] {0x00, (byte) 0xAB}),
            new HashVector("1", 2, 2, 0, 1L, Boolean.TRUE),
            new HashVector("customer-000001", 0, 8, 1, "customer-000001"));

    @Test
    void hashOfEveryKeyTypeMatchesTheGoldenIndexAndName() {
        for (HashVector v : HASH) {
            for (Object key : v.keys()) {
                String what = v.text() + " as " + CanonicalValues.typeName(key);
                assertEquals(v.text(), CanonicalValues.text(key), what);
                assertTable(HASH_8.route(key), v.t8(), "s" + v.t8() / 4, "orders_" + v.t8(), what);
                assertTable(HASH_64.route(key), v.t64(), "s" + v.t64() / 16,
                        String.format("orders_%02d", v.t64()), what);
                assertTable(HASH_7.route(key), v.t7(), "s" + v.t7(), "orders", what);
            }
        }
    }

    @Test
    void compositeHashJoinsCanonicalTextsWithUnitSeparator() {
        // "ACME\x1f42" -> 6d1ca2fe599628c2...: T=8 -> 2, T=64 -> 2, T=7 -> 6
        TableRoute t8 = Plans.orders(2, Algorithm.HASH, 4, null, List.of(), "TENANT", "ID");
        TableRoute t7 = Plans.orders(7, Algorithm.HASH, 1, null, List.of(), "TENANT", "ID");
        for (Object id : new Object[] {42L, new BigDecimal("42.00"), 42}) {
            assertTable(t8.route(new Object[] {"ACME", id}), 2, "s0", "orders_2", "ACME/" + id);
            assertTable(t7.route(new Object[] {"ACME", id}), 6, "s6", "orders", "ACME/" + id);
        }
        TableRoute t64 = Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "TENANT", "ID");
        assertTable(t64.route(new Object[] {"ACME", 42L}), 2, "s0", "orders_02", "ACME/42");
    }

    @Test
    void modIsFloorModOfTheIntegerKey() {
        Object[][] vectors = { // key, index for T = 8, 64, 7
            {42L, 2, 42, 0}, {42, 2, 42, 0}, {new BigDecimal("42.000"), 2, 42, 0}, {BigInteger.valueOf(42), 2, 42, 0},
            {0L, 0, 0, 0}, {-1L, 7, 63, 6}, {-8L, 0, 56, 6}, {-9, 7, 55, 5},
            {Long.MAX_VALUE, 7, 63, 0}, {Long.MIN_VALUE, 0, 0, 6},
            {BigInteger.TWO.pow(70), 0, 0, 2}, {BigInteger.TWO.pow(70).negate(), 0, 0, 5},
            {new BigDecimal("1E+3"), 0, 40, 6}, {(short) 1000, 0, 40, 6}, {(byte) -9, 7, 55, 5},
        };
        for (Object[] v : vectors) {
            String what = v[0] + " as " + CanonicalValues.typeName(v[0]);
            int t8 = (int) v[1];
            int t64 = (int) v[2];
            int t7 = (int) v[3];
            assertTable(MOD_8.route(v[0]), t8, "s" + t8 / 4, "orders_" + t8, what);
            assertTable(MOD_64.route(v[0]), t64, "s" + t64 / 16, String.format("orders_%02d", t64), what);
            assertTable(MOD_7.route(v[0]), t7, "s" + t7, "orders", what);
        }
    }

    private static void assertTable(PhysicalTable actual, int index, String shard, String name, String what) {
        assertEquals(index, actual.index(), what);
        assertEquals(shard, actual.shardName(), what);
        assertEquals(Integer.parseInt(shard.substring(1)), actual.shardIndex(), what);
        assertEquals(name, actual.tableName(), what);
    }
}
