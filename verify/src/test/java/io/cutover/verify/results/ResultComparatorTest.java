package io.cutover.verify.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparatorTest {
    private final ResultComparator comparator = ResultComparator.builder().build();

    @Test
    void oracleRulesMakeTheseEqual() {
        List<List<Object>> oracle = List.of(row(new BigDecimal("12.50"), Date.valueOf("2024-02-03"), "", 1L));
        List<List<Object>> target = List.of(row(new BigDecimal("12.5000"), LocalDateTime.parse("2024-02-03T00:00"), null,
                new BigDecimal("1")));
        assertTrue(comparator.compare(oracle, target, true).equal());
    }

    @Test
    void multisetUnlessOrdered() {
        List<List<Object>> a = List.of(row(1L, "x"), row(2L, "y"), row(2L, "y"));
        List<List<Object>> b = List.of(row(2L, "y"), row(1L, "x"), row(2L, "y"));
        assertTrue(comparator.compare(a, b, false).equal());
        Comparison ordered = comparator.compare(a, b, true);
        assertFalse(ordered.equal());
        assertEquals(new Comparison.RowDifference(Comparison.RowDifference.Kind.DIFFERENT, 1, List.of("1", "x"),
                List.of("2", "y")), ordered.differences().get(0));

        Comparison missing = comparator.compare(a, List.of(row(1L, "x"), row(2L, "y")), false);
        assertEquals(List.of(new Comparison.RowDifference(Comparison.RowDifference.Kind.ONLY_LEFT, 0,
                List.of("2", "y"), null)), missing.differences());
        assertEquals(3, missing.leftRows());
        assertEquals(2, missing.rightRows());
    }

    @Test
    void tolerances() {
        List<List<Object>> a = List.of(row(0.1 + 0.2, Timestamp.valueOf("2024-01-01 10:00:00.123456")));
        List<List<Object>> b = List.of(row(0.3f, Timestamp.valueOf("2024-01-01 10:00:00.123")));
        assertFalse(comparator.compare(a, b, false).equal(), "15 digits and microseconds by default");
        assertTrue(ResultComparator.builder().floatDigits(6).timestampDigits(3).build().compare(a, b, false).equal());
    }

    @Test
    void samplesAreCapped() {
        List<List<Object>> a = List.of(row(1L), row(2L), row(3L));
        Comparison c = ResultComparator.builder().sampleLimit(2).build().compare(a, List.of(), false);
        assertEquals(2, c.differences().size());
        assertFalse(c.equal());
        assertEquals("2 columns against 1", comparator.compare(List.of(row(1L, 2L)), List.of(row(1L)), false).problem());
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
