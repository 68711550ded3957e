package io.cutover.rewrite.internal.lex;

import java.util.Locale;

/** One lexical token of Oracle SQL; {@code start} is the offset in the text it was cut from. */
public record Token(Kind kind, String text, int start) {
    public enum Kind { WORD, QUOTED, STRING, NUMBER, BIND, HINT, COMMENT, SPACE, SYMBOL }

    public boolean is(String word) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
    }

    public boolean significant() {
        return kind != Kind.SPACE && kind != Kind.COMMENT && kind != Kind.HINT;
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    public int end() {
        return start + text.length();
    }
}
