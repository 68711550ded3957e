package io.cutover.cdc.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bulk row text of numbers and strings, written in place, reads as Java prints them: whole numbers as
 * {@code toString}, decimals as {@code toPlainString}, text as its UTF-8 bytes with tab, newline, carriage
 * return, backslash and NUL escaped.
 */
class RowTextTest {
    @Test
    void wholeNumbersAreTheirDecimalDigits() {
        Object[] values = {0L, -1L, 9L, 10L, -10L, 99L, 100L, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, Integer.MIN_VALUE, Integer.MAX_VALUE, (short) -32768, (byte) 127, null};
        StringBuilder expected = new StringBuilder();
        for (Object v : values) {
            expected.append(expected.isEmpty() ? "" : "\t").append(v == null ? "\\N" : v.toString());
        }
        assertRow(values, expected.toString());
    }

    @Test
    void decimalsAreTheirPlainDigits() {
        String[] texts = {"0", "0.00", "1.5", "-1.5", "0.05", "-0.05", "0.0001", "123.4500", "-999999999999999.999",
                "999999999999999999", "0.000000000000000001", "12345678901234567890.123456789", "-1E+3", "1E-30",
                "92233720368547758.07", "-92233720368547758.08"};
        Object[] values = new Object[texts.length];
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            BigDecimal d = new BigDecimal(texts[i]);
            values[i] = d;
            expected.append(i == 0 ? "" : "\t").append(d.toPlainString());
        }
        assertRow(values, expected.toString());
    }

    @Test
    void textIsItsEscapedUtf8() {
        Object[] values = {"", "plain", "tab\there", "line\nbreak\r", "back\\slash \\N", "ünï ☃ 😀 x\ty", "a\u00e9\\"};
        String expected = "\tplain\ttab\\there\tline\\nbreak\\r\tback\\\\slash \\\\N\tünï ☃ 😀 x\\ty\ta\u00e9\\\\";
        assertRow(values, expected);
    }

    private static void assertRow(Object[] values, String expected) {
        for (RowText.Format format : RowText.Format.values()) {
            RowText text = new RowText(format, new boolean[values.length]);
            text.append(values);
            assertEquals(expected + "\n", new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8),
                    format.name());
        }
    }
}
