package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.mappings.plan.Algorithm;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeTest {
    // 2 shards x 2 tables: orders_0 < 100 <= orders_1 < 200 <= orders_2 < 300 <= orders_3
    private final TableRoute numeric = Plans.orders(2, Algorithm.RANGE, 2, null, List.of(100, 200L, 300), "ID");

    @Test
    void eachBoundaryIsTheInclusiveLowerBoundOfItsTable() {
        long[][] vectors = {{Long.MIN_VALUE, 0}, {-1, 0}, {0, 0}, {99, 0}, {100, 1}, {101, 1}, {199, 1}, {200, 2},
            {299, 2}, {300, 3}, {301, 3}, {Long.MAX_VALUE, 3}};
        for (long[] v : vectors) {
            assertEquals(v[1], numeric.route(v[0]).index(), "key " + v[0]);
        }
        assertEquals("s1", numeric.route(300).shardName());
        assertEquals("orders_2", numeric.route(250).tableName());
    }

    @Test
    void numericKeysCompareByValueWhateverTheirType() {
        assertEquals(0, numeric.route(new BigDecimal("99.999")).index());
        assertEquals(1, numeric.route(new BigDecimal("100.000")).index());
        assertEquals(1, numeric.route(100.0d).index());
        assertEquals(0, numeric.route(99.5f).index());
        assertEquals(3, numeric.route(BigInteger.TEN.pow(30)).index());
        assertEquals(2, numeric.route((short) 200).index());
    }

    @Test
    void decimalBoundariesCompareExactly() {
        TableRoute prices = Plans.orders(1, Algorithm.RANGE, 3, null, List.of(new BigDecimal("9.99"), 10.5d), "P");
        assertEquals(0, prices.route(9L).index());
        assertEquals(0, prices.route(new BigDecimal("9.98")).index());
        assertEquals(1, prices.route(new BigDecimal("9.990")).index());
        assertEquals(1, prices.route(10L).index());
        assertEquals(2, prices.route(new BigDecimal("10.50")).index());
    }

    @Test
    void stringKeysCompareByCodePoint() {
        TableRoute names = Plans.orders(2, Algorithm.RANGE, 2, null, List.of("G", "N", "a"), "NAME");
        assertEquals(0, names.route("").index());
        assertEquals(0, names.route("Fz").index());
        assertEquals(1, names.route("G").index());
        assertEquals(1, names.route("Gz").index());
        assertEquals(2, names.route("Z").index(), "upper case sorts before lower case in binary order");
        assertEquals(3, names.route("a").index());
        assertEquals(3, names.route("Ω").index());

        // U+FFFD sorts below U+1F600 by code point, though its UTF-16 unit is larger than a surrogate
        TableRoute symbols = Plans.orders(1, Algorithm.RANGE, 2, null, List.of("\uFFFD"), "S");
        assertEquals(1, symbols.route("\uFFFD").index());
        assertEquals(1, symbols.route("😀").index());
        assertEquals(0, symbols.route("\uE000").index());
    }

    @Test
    void dateTimeKeysCompareByCanonicalTextAgainstDateBoundaries() {
        TableRoute byMonth = Plans.orders(1, Algorithm.RANGE, 3, null, List.of("2024-01-01", "2024-02-01"), "CREATED");
        assertEquals(0, byMonth.route(LocalDateTime.of(2023, 12, 31, 23, 59, 59, 999_999_999)).index());
        assertEquals(1, byMonth.route(LocalDateTime.of(2024, 1, 1, 0, 0)).index());
        assertEquals(1, byMonth.route(LocalDate.of(2024, 1, 31)).index());
        assertEquals(2, byMonth.route(LocalDate.of(2024, 2, 1)).index());
        assertEquals(2, byMonth.route("2024-02-01 08:00:00").index());
    }
}
