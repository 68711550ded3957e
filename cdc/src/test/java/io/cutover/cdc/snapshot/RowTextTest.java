package io.cutover.cdc.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bulk row text of whole numbers, written digit by digit, reads as Java prints them. */
class RowTextTest {
    @Test
    void wholeNumbersAreTheirDecimalDigits() {
        Object[] values = {0L, -1L, 9L, 10L, -10L, 99L, 100L, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, Integer.MIN_VALUE, Integer.MAX_VALUE, (short) -32768, (byte) 127, null};
        StringBuilder expected = new StringBuilder();
        for (Object v : values) {
            expected.append(expected.isEmpty() ? "" : "\t").append(v == null ? "\\N" : v.toString());
        }
        for (RowText.Format format : RowText.Format.values()) {
            RowText text = new RowText(format, new boolean[values.length]);
            text.append(values);
            assertEquals(expected + "\n", new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8),
                    format.name());
        }
    }
}
