package io.cutover.rewrite.internal.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Oracle SQL into tokens. It knows Oracle's literal forms ({@code 'it''s'}, {@code q'[...]'},
 * {@code N'...'}), quoted identifiers, binds ({@code :name}, {@code :1}), hints and comments; it does not
 * know the grammar. An unterminated literal or comment ends at the end of the text.
 */
public final class OracleLexer {
    private final String s;
    private int i;

    private OracleLexer(String s) {
        this.s = s;
    }

    public static List<Token> tokenize(String sql) {
        return new OracleLexer(sql).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (i < s.length()) {
            int start = i;
            Token.Kind kind = next();
            out.add(new Token(kind, s.substring(start, i), start));
        }
        return out;
    }

    private Token.Kind next() {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return Token.Kind.SPACE;
        }
        if (s.startsWith("--", i)) {
            boolean hint = s.startsWith("--+", i);
            int nl = s.indexOf('\n', i);
            i = nl < 0 ? s.length() : nl;
            return hint ? Token.Kind.HINT : Token.Kind.COMMENT;
        }
        if (s.startsWith("/*", i)) {
            boolean hint = s.startsWith("/*+", i);
            int end = s.indexOf("*/", i + 2);
            i = end < 0 ? s.length() : end + 2;
            return hint ? Token.Kind.HINT : Token.Kind.COMMENT;
        }
        if ((c == 'q' || c == 'Q') && s.startsWith("'", i + 1) && i + 2 < s.length()) {
            qLiteral(i + 2);
            return Token.Kind.STRING;
        }
        if ((c == 'n' || c == 'N') && s.startsWith("'", i + 1)) {
            i++;
            quoted('\'');
            return Token.Kind.STRING;
        }
        if (c == '\'') {
            quoted('\'');
            return Token.Kind.STRING;
        }
        if (c == '"') {
            quoted('"');
            return Token.Kind.QUOTED;
        }
        if (c == ':' && i + 1 < s.length() && isWordChar(s.charAt(i + 1))) {
            i++;
            while (i < s.length() && isWordChar(s.charAt(i))) {
                i++;
            }
            return Token.Kind.BIND;
        }
        if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
            number();
            return Token.Kind.NUMBER;
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < s.length() && (isWordChar(s.charAt(i)) || s.charAt(i) == '$' || s.charAt(i) == '#')) {
                i++;
            }
            return Token.Kind.WORD;
        }
        for (String op : new String[] {"||", "<=", ">=", "<>", "!=", "^=", "=>"}) {
            if (s.startsWith(op, i)) {
                i += 2;
                return Token.Kind.SYMBOL;
            }
        }
        i++;
        return Token.Kind.SYMBOL;
    }

    private void quoted(char q) {
        i++;
        while (i < s.length()) {
            if (s.charAt(i) == q) {
                if (i + 1 < s.length() && s.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                i++;
                return;
            }
            i++;
        }
    }

    private void qLiteral(int delimAt) {
        char open = s.charAt(delimAt);
        char close = switch (open) {
            case '[' -> ']';
            case '(' -> ')';
            case '{' -> '}';
            case '<' -> '>';
            default -> open;
        };
        int end = s.indexOf(close + "'", delimAt + 1);
        i = end < 0 ? s.length() : end + 2;
    }

    private void number() {
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int save = i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i < s.length() && Character.isDigit(s.charAt(i))) {
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            } else {
                i = save;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The value of a {@code q'[...]'} or {@code N'...'} or plain literal, unescaped. */
    public static String stringValue(String literal) {
        char first = Character.toUpperCase(literal.charAt(0));
        if (first == 'Q') {
            return literal.substring(3, literal.length() - 2);
        }
        String body = first == 'N' ? literal.substring(1) : literal;
        return body.substring(1, body.length() - 1).replace("''", "'");
    }
}
