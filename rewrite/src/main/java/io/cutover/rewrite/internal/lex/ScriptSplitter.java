package io.cutover.rewrite.internal.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements: on {@code ;} outside literals and parentheses, and on a line holding
 * only {@code /} (SQL*Plus). A PL/SQL block runs to its {@code /} line, because it contains semicolons.
 */
public final class ScriptSplitter {
    /** One statement and the offset of its first character in the script. */
    public record Piece(String text, int offset) {
    }

    private ScriptSplitter() {
    }

    public static List<Piece> split(String script) {
        List<Piece> out = new ArrayList<>();
        List<Token> tokens = OracleLexer.tokenize(script);
        int start = 0;
        int depth = 0;
        Boolean plsql = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (plsql == null && t.kind() == Token.Kind.WORD) {
                plsql = startsBlock(tokens, k);
            }
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth = Math.max(0, depth - 1);
            } else if (t.is(";") && depth == 0 && !Boolean.TRUE.equals(plsql)) {
                add(out, script, start, t.start());
                start = t.end();
                plsql = null;
            } else if (t.is("/") && aloneOnLine(script, t)) {
                add(out, script, start, t.start());
                start = t.end();
                plsql = null;
                depth = 0;
            }
        }
        add(out, script, start, script.length());
        return out;
    }

    private static boolean startsBlock(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is("BEGIN") || t.is("DECLARE")) {
            return true;
        }
        if (!t.is("CREATE")) {
            return false;
        }
        for (int j = k + 1, words = 0; j < tokens.size() && words < 6; j++) {
            Token w = tokens.get(j);
            if (w.kind() != Token.Kind.WORD) {
                continue;
            }
            words++;
            if (w.is("PROCEDURE") || w.is("FUNCTION") || w.is("PACKAGE") || w.is("TRIGGER") || w.is("TYPE")) {
                return true;
            }
        }
        return false;
    }

    private static boolean aloneOnLine(String s, Token t) {
        int before = s.lastIndexOf('\n', t.start() - 1);
        int after = s.indexOf('\n', t.end());
        return s.substring(before + 1, t.start()).isBlank()
                && s.substring(t.end(), after < 0 ? s.length() : after).isBlank();
    }

    private static void add(List<Piece> out, String script, int from, int to) {
        String text = script.substring(from, to);
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && !onlyComments(trimmed)) {
            out.add(new Piece(trimmed, from + lead));
        }
    }

    private static boolean onlyComments(String text) {
        for (Token t : OracleLexer.tokenize(text)) {
            if (t.significant()) {
                return false;
            }
        }
        return true;
    }
}
