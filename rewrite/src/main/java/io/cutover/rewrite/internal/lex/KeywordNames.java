package io.cutover.rewrite.internal.lex;

import java.util.List;
import java.util.Set;

/**
 * Oracle lets TIMESTAMP, TIME, INTERVAL, NEXT and WINDOW name columns and tables; Calcite reserves them. The
 * neighbouring tokens tell the keyword (a typed literal, a type, {@code AT TIME ZONE}, {@code FETCH NEXT}, a
 * {@code WINDOW w AS} clause) from a name, which the pre-lexer then quotes in Oracle's folded form.
 */
final class KeywordNames {
    private static final Set<String> WORDS = Set.of("TIMESTAMP", "TIME", "INTERVAL", "NEXT", "WINDOW");
    private static final Set<String> INTERVAL_UNITS = Set.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND");

    private KeywordNames() {
    }

    /** True when the word at k is one of these keywords used as a name. */
    static boolean isName(List<Token> tokens, int k) {
        String word = tokens.get(k).upper();
        if (!WORDS.contains(word)) {
            return false;
        }
        Token prev = k > 0 ? tokens.get(k - 1) : null;
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        if (is(prev, ".")) {
            return true;
        }
        if (next != null && next.kind() == Token.Kind.STRING) {
            return false;
        }
        boolean castType = is(prev, "AS") && is(next, ")");
        return switch (word) {
            case "TIMESTAMP" -> !(castType || is(next, "(") || is(next, "WITH"));
            case "TIME" -> !(castType || is(prev, "AT") || is(prev, "WITH") || is(prev, "LOCAL") || is(next, "ZONE"));
            case "INTERVAL" -> !(next != null && (next.kind() == Token.Kind.NUMBER || next.kind() == Token.Kind.BIND
                    || is(next, "(") || INTERVAL_UNITS.contains(next.upper())));
            case "NEXT" -> !is(prev, "FETCH");
            default -> !(next != null && next.kind() == Token.Kind.WORD && k + 2 < tokens.size()
                    && tokens.get(k + 2).is("AS"));
        };
    }

    private static boolean is(Token t, String text) {
        return t != null && t.is(text);
    }
}
