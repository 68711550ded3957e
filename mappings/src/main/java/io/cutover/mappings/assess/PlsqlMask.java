package io.cutover.mappings.assess;

/**
 * Blanks comments and string literals in PL/SQL or SQL text so that searching it finds code only. Every
 * blanked character becomes a space and line breaks are kept, so offsets and line numbers still match the
 * original. Optimizer hints ({@code /*+ ... *}{@code /}) are kept: they are code to the optimizer.
 */
final class PlsqlMask {
    private PlsqlMask() {
    }

    static String mask(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '-' && text.startsWith("--", i)) {
                end = indexOrEnd(text, "\n", i);
            } else if (c == '/' && text.startsWith("/*", i) && !text.startsWith("/*+", i)) {
                end = indexOrEnd(text, "*/", i + 2) + 2;
            } else if ((c == 'q' || c == 'Q') && text.startsWith("'", i + 1) && i + 2 < text.length()
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                end = indexOrEnd(text, closing(text.charAt(i + 2)) + "'", i + 3) + 2;
            } else if (c == '\'') {
                end = stringEnd(text, i + 1);
            } else {
                i++;
                continue;
            }
            end = Math.min(end, text.length());
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** The end (exclusive) of a {@code '...'} literal whose body starts at {@code from}; {@code ''} is a quote. */
    private static int stringEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int indexOrEnd(String text, String what, int from) {
        int at = text.indexOf(what, from);
        return at < 0 ? text.length() : at;
    }

    /** The closing delimiter of a {@code q'X...X'} literal. */
    private static char closing(char open) {
        return switch (open) {
            case '[' -> ']';
            case '{' -> '}';
            case '(' -> ')';
            case '<' -> '>';
            default -> open;
        };
    }
}
