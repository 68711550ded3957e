package io.cutover.mappings.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOrderTest {
    @Test
    void ordersByCodePointNotUtf16Unit() {
        assertTrue(TextOrder.compare("\uFFFD", "😀") < 0, "U+FFFD before U+1F600");
        assertTrue("\uFFFD".compareTo("😀") > 0, "String.compareTo disagrees, which is why TextOrder exists");
        assertTrue(TextOrder.compare("Z", "a") < 0);
        assertTrue(TextOrder.compare("ab", "abc") < 0);
        assertEquals(0, TextOrder.compare("東京", "東京"));
    }

    @Test
    void agreesWithUtf8ByteOrder() {
        Random random = new Random(7);
        int[] pool = {'a', 'Z', 0xE9, 0x6771, 0xD7FF, 0xE000, 0xFFFD, 0x1F600, 0x10FFFF};
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(random, pool);
            String b = randomText(random, pool);
            int bytes = Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
            assertEquals(Integer.signum(bytes), Integer.signum(TextOrder.compare(a, b)), a + " vs " + b);
        }
    }

    private static String randomText(Random random, int[] pool) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(4); n >= 0; n--) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }
}
