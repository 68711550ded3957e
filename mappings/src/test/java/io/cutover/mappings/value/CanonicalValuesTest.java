package io.cutover.mappings.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CanonicalValuesTest {
    @Test
    void integersArePlainDecimal() {
        assertEquals("42", CanonicalValues.text(42L));
        assertEquals("-7", CanonicalValues.text((byte) -7));
        assertEquals("-9223372036854775808", CanonicalValues.text(Long.MIN_VALUE));
        assertEquals("1180591620717411303424", CanonicalValues.text(BigInteger.TWO.pow(70)));
    }

    @Test
    void decimalsDropTrailingZerosAndNeverUseExponents() {
        assertEquals("42", CanonicalValues.text(new BigDecimal("42.000")));
        assertEquals("1.5", CanonicalValues.text(new BigDecimal("1.50")));
        assertEquals("0", CanonicalValues.text(new BigDecimal("-0.0")));
        assertEquals("0", CanonicalValues.text(new BigDecimal("0E-10")));
        assertEquals("1000", CanonicalValues.text(new BigDecimal("1E+3")));
        assertEquals("0.0000001", CanonicalValues.text(new BigDecimal("1E-7")));
        assertEquals("-12.345", CanonicalValues.text(new BigDecimal("-12.3450")));
    }

    @Test
    void floatingPointUsesItsShortestDecimal() {
        assertEquals("1.5", CanonicalValues.text(1.5d));
        assertEquals("0.1", CanonicalValues.text(0.1f));
        assertEquals("0.1", CanonicalValues.text(0.1d));
        assertEquals("42", CanonicalValues.text(42.0d));
        assertEquals("0", CanonicalValues.text(-0.0d));
        assertEquals("10000000000000000000000", CanonicalValues.text(1e22));
        assertEquals("the floating point value Infinity has no canonical form",
                assertThrows(IllegalArgumentException.class, () -> CanonicalValues.text(Double.POSITIVE_INFINITY))
                        .getMessage());
    }

    @Test
    void stringsBytesAndFlags() {
        assertEquals("  padded  ", CanonicalValues.text("  padded  "));
        assertEquals("x", CanonicalValues.text('x'));
        assertEquals("00ab7f", CanonicalValues.text(new byte[] {0, (byte) 0xAB, 0x7F}));
        assertEquals("", CanonicalValues.text(new byte[0]));
        assertEquals("1", CanonicalValues.text(true));
        assertEquals("0", CanonicalValues.text(false));
    }

    @Test
    void datesAndTimesHaveOneTextWithTheFractionOnlyWhenNonZero() {
        assertEquals("2024-03-01", CanonicalValues.text(LocalDate.of(2024, 3, 1)));
        assertEquals("0099-12-31", CanonicalValues.text(LocalDate.of(99, 12, 31)));
        assertEquals("-0044-03-15", CanonicalValues.text(LocalDate.of(-44, 3, 15)));
        assertEquals("2024-03-01", CanonicalValues.text(java.sql.Date.valueOf("2024-03-01")));
        assertEquals("2024-03-01 00:00:00", CanonicalValues.text(LocalDateTime.of(2024, 3, 1, 0, 0)));
        assertEquals("2024-03-01 09:05:07.5", CanonicalValues.text(LocalDateTime.of(2024, 3, 1, 9, 5, 7, 500_000_000)));
        assertEquals("2024-03-01 09:05:07.000001", CanonicalValues.text(Timestamp.valueOf("2024-03-01 09:05:07.000001")));
        assertEquals("2024-03-01 09:05:07.123456789",
                CanonicalValues.text(LocalDateTime.of(2024, 3, 1, 9, 5, 7, 123_456_789)));
    }

    @Test
    void instantsAndZonedTimesAreWrittenInUtc() {
        String utc = "2024-03-01 22:30:00.25";
        assertEquals(utc, CanonicalValues.text(Instant.parse("2024-03-01T22:30:00.250Z")));
        assertEquals(utc, CanonicalValues.text(OffsetDateTime.of(2024, 3, 2, 0, 30, 0, 250_000_000,
                ZoneOffset.ofHours(2))));
        assertEquals(utc, CanonicalValues.text(ZonedDateTime.of(2024, 3, 1, 17, 30, 0, 250_000_000,
                ZoneId.of("America/New_York"))));
    }

    @Test
    void otherTypesAreRejectedByName() {
        assertEquals("a value of type Object has no canonical form",
                assertThrows(IllegalArgumentException.class, () -> CanonicalValues.text(new Object())).getMessage());
        assertEquals("a value of type String is not a number",
                assertThrows(IllegalArgumentException.class, () -> CanonicalValues.decimal("1")).getMessage());
    }

    @Test
    void decimalIsExactForEveryNumericType() {
        assertEquals(0, new BigDecimal("10.5").compareTo(CanonicalValues.decimal(10.5f)));
        assertEquals(0, new BigDecimal("0.1").compareTo(CanonicalValues.decimal(0.1d)));
        assertEquals(0, BigDecimal.TEN.compareTo(CanonicalValues.decimal(BigInteger.TEN)));
    }
}
