package io.cutover.mappings.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntervalValueTest {

    @Test
    void parsesDebeziumIsoText() {
        assertEquals(new IntervalValue(14, 3, 14_706_780_000L), IntervalValue.parseIso("P1Y2M3DT4H5M6.78S"));
        assertEquals(new IntervalValue(0, 0, 0), IntervalValue.parseIso("P0Y0M0DT0H0M0S"));
        assertEquals(new IntervalValue(-25, 0, 0), IntervalValue.parseIso("P-2Y-1M0DT0H0M0S"));
        assertEquals(new IntervalValue(0, -1, -1), IntervalValue.parseIso("P0Y0M-1DT0H0M-0.000001S"));
        assertEquals(new IntervalValue(-1, -2, -3_000_000L), IntervalValue.parseIso("-P1M2DT3S"));
        assertThrows(IllegalArgumentException.class, () -> IntervalValue.parseIso("1 year"));
    }

    @Test
    void totalsCountAMonthAsThirtyDays() {
        IntervalValue v = IntervalValue.parseIso("P1Y2M3DT4H5M6.78S");
        assertEquals(14 * IntervalValue.MICROS_PER_MONTH + 3 * IntervalValue.MICROS_PER_DAY + 14_706_780_000L,
                v.totalMicros());
        assertEquals(14, IntervalValue.parseIso("P1Y2M").totalMonths());
        assertEquals(1, IntervalValue.ofMicros(IntervalValue.MICROS_PER_MONTH).totalMonths());
        assertEquals(IntervalValue.ofMonths(1).canonical(), IntervalValue.parseIso("P30D").canonical());
    }

    @Test
    void isoTextReadsBackExactly() {
        IntervalValue v = new IntervalValue(-25, 3, -14_706_780_001L);
        assertEquals("P-25M3DT-14706.780001S", v.toIso());
        assertEquals(v, IntervalValue.parseIso(v.toIso()));
    }
}
