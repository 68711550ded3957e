package io.cutover.mappings.value;

/**
 * Orders strings by Unicode code point, which is also the byte order of their UTF-8 encoding and the
 * order Oracle uses for {@code NLS_SORT=BINARY} on an AL32UTF8 database. {@link String#compareTo}
 * differs: it compares UTF-16 units, so it puts supplementary characters (emoji, U+10000 and up)
 * before U+E000..U+FFFF.
 */
public final class TextOrder {
    private TextOrder() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
                    return codePointRank(x) - codePointRank(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    // Among units >= U+D800, moves surrogates above U+E000..U+FFFF, where their code points belong.
    private static int codePointRank(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
