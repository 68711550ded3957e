package io.cutover.mappings.chunk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Key values as one line of text and back, with their Java types, so a job can store the last key it
 * finished and bind it again after a restart: each value is a type letter, the length of its text, a colon
 * and the text ({@code L3:-42S5:héllo}). Null is {@code N}.
 */
public final class KeyCodec {
    private KeyCodec() {
    }

    public static String encode(List<Object> key) {
        StringBuilder sb = new StringBuilder();
        for (Object v : key) {
            append(sb, v);
        }
        return sb.toString();
    }

    /**
     * Appends one key value's encoding; keys appended one after another decode as their values in a row.
     *
     * @throws IllegalArgumentException for a value of a type that cannot be stored
     */
    public static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append('N');
            return;
        }
        char tag;
        String text;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            tag = 'L';
            text = v.toString();
        } else if (v instanceof BigDecimal d) {
            tag = 'D';
            text = d.toPlainString();
        } else if (v instanceof BigInteger i) {
            tag = 'I';
            text = i.toString();
        } else if (v instanceof String s) {
            tag = 'S';
            text = s;
        } else if (v instanceof Timestamp t) {
            tag = 'T';
            text = t.toLocalDateTime().toString();
        } else if (v instanceof LocalDateTime t) {
            tag = 'T';
            text = t.toString();
        } else if (v instanceof java.sql.Date d) {
            tag = 'A';
            text = d.toLocalDate().toString();
        } else if (v instanceof LocalDate d) {
            tag = 'A';
            text = d.toString();
        } else if (v instanceof byte[] b) {
            tag = 'B';
            text = HexFormat.of().formatHex(b);
        } else {
            throw new IllegalArgumentException("a key value of type " + v.getClass().getName() + " cannot be stored");
        }
        sb.append(tag).append(text.length()).append(':').append(text);
    }

    public static List<Object> decode(String encoded) {
        List<Object> key = new ArrayList<>();
        int i = 0;
        while (i < encoded.length()) {
            char tag = encoded.charAt(i++);
            if (tag == 'N') {
                key.add(null);
                continue;
            }
            int colon = encoded.indexOf(':', i);
            int length = Integer.parseInt(encoded.substring(i, colon));
            String text = encoded.substring(colon + 1, colon + 1 + length);
            i = colon + 1 + length;
            key.add(switch (tag) {
                case 'L' -> Long.valueOf(text);
                case 'D' -> new BigDecimal(text);
                case 'I' -> new BigInteger(text);
                case 'S' -> text;
                case 'T' -> LocalDateTime.parse(text);
                case 'A' -> LocalDate.parse(text);
                case 'B' -> HexFormat.of().parseHex(text);
                default -> throw new IllegalArgumentException("not an encoded key: " + encoded);
            });
        }
        return Collections.unmodifiableList(key);
    }
}
