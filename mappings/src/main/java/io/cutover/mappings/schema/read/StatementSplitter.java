package io.cutover.mappings.schema.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a SQL*Plus script into statements, so that one bad statement cannot stop the others.
 *
 * <p>A SQL statement ends at a {@code ;} outside quotes and comments, or at a line holding only
 * {@code /}. A PL/SQL unit ({@code CREATE ... PROCEDURE/FUNCTION/PACKAGE/TRIGGER/TYPE}, anonymous
 * blocks) contains {@code ;} and ends only at a {@code /} line or the end of the input. Quotes
 * ({@code '...'}, {@code "..."}, {@code q'[...]'}) and comments are skipped while scanning.
 * SQL*Plus commands ({@code SET}, {@code PROMPT}, {@code REM}, ...) and comments between
 * statements are dropped.
 */
final class StatementSplitter {
    private static final Set<String> SQLPLUS_COMMANDS = Set.of("SET", "PROMPT", "REM", "REMARK", "SPOOL",
            "WHENEVER", "EXIT", "QUIT", "CONNECT", "CONN", "DEFINE", "UNDEFINE", "COLUMN", "TTITLE", "BTITLE",
            "BREAK", "COMPUTE", "SHOW", "PAUSE", "ACCEPT", "VARIABLE", "PRINT", "CLEAR", "HOST", "TIMING");
    private static final Pattern PLSQL_UNIT = Pattern.compile(
            "(?is)(CREATE\\s+(OR\\s+REPLACE\\s+)?((NON)?EDITIONABLE\\s+|EDITIONING\\s+)?"
                    + "(PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE|LIBRARY|JAVA)|DECLARE|BEGIN)\\b.*");

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private StatementSplitter(String text) {
        this.text = text;
    }

    static List<Statement> split(String text) {
        return new StatementSplitter(text).splitAll();
    }

    private List<Statement> splitAll() {
        List<Statement> out = new ArrayList<>();
        while (skipBlanksAndComments()) {
            if (atLineStart() && SQLPLUS_COMMANDS.contains(wordAt(pos))) {
                skipToLineEnd();
                continue;
            }
            if (slashLineAt(pos)) {
                skipToLineEnd();
                continue;
            }
            int start = pos;
            int startLine = line;
            int startColumn = pos - lineStart + 1;
            boolean plsql = PLSQL_UNIT.matcher(text.substring(start, Math.min(text.length(), start + 200))).matches();
            int end = plsql ? scanToSlashLine() : scanToTerminator();
            String body = text.substring(start, end).stripTrailing();
            if (!body.isEmpty()) {
                out.add(new Statement(body, startLine, startColumn));
            }
        }
        return out;
    }

    /** Scans to the {@code /} line ending a PL/SQL unit; returns the end offset of the statement. */
    private int scanToSlashLine() {
        while (pos < text.length()) {
            if (slashLineAt(pos) && atLineStart()) {
                int end = pos;
                skipToLineEnd();
                return end;
            }
            skipToken();
        }
        return pos;
    }

    /** Scans to {@code ;} or a {@code /} line; returns the end offset of the statement. */
    private int scanToTerminator() {
        while (pos < text.length()) {
            if (text.charAt(pos) == ';') {
                pos++;
                return pos - 1;
            }
            if (slashLineAt(pos) && atLineStart()) {
                int end = pos;
                skipToLineEnd();
                return end;
            }
            skipToken();
        }
        return pos;
    }

    /** Advances over one character, quoted literal or comment, counting lines. */
    private void skipToken() {
        char c = text.charAt(pos);
        if (c == '-' && peek(1) == '-') {
            skipToLineEnd();
        } else if (c == '/' && peek(1) == '*') {
            skipPast("*/", pos + 2);
        } else if ((c == 'q' || c == 'Q') && peek(1) == '\'' && pos + 2 < text.length() && !partOfWord()) {
            skipPast(closingQuote(text.charAt(pos + 2)) + "'", pos + 3);
        } else if (c == '\'' || c == '"') {
            skipPast(String.valueOf(c), pos + 1);
        } else {
            advance(1);
        }
    }

    private static String closingQuote(char open) {
        return switch (open) {
            case '[' -> "]";
            case '{' -> "}";
            case '(' -> ")";
            case '<' -> ">";
            default -> String.valueOf(open);
        };
    }

    /**
     * Moves past {@code close} searched from {@code from} ({@code ''} inside '...' reads as two literals,
     * which is harmless). An opening that is never closed counts as one plain character, so that an
     * unterminated quote spoils only its own statement, which the lexer then reports.
     */
    private void skipPast(String close, int from) {
        int end = text.indexOf(close, from);
        advance(end < 0 ? 1 : end + close.length() - pos);
    }

    /** Skips whitespace and comments; returns false at the end of the input. */
    private boolean skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance(1);
            } else if ((c == '-' && peek(1) == '-') || (c == '/' && peek(1) == '*')) {
                skipToken();
            } else {
                return true;
            }
        }
        return false;
    }

    private boolean partOfWord() {
        return pos > 0 && (Character.isLetterOrDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == '_');
    }

    private boolean atLineStart() {
        return text.substring(lineStart, pos).isBlank();
    }

    private boolean slashLineAt(int at) {
        if (text.charAt(at) != '/') {
            return false;
        }
        int eol = text.indexOf('\n', at);
        return text.substring(at + 1, eol < 0 ? text.length() : eol).isBlank();
    }

    private String wordAt(int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end).toUpperCase(Locale.ROOT);
    }

    private char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
    }

    private void skipToLineEnd() {
        int eol = text.indexOf('\n', pos);
        advance((eol < 0 ? text.length() : eol) - pos);
    }

    private void advance(int n) {
        for (int i = 0; i < n; i++) {
            if (text.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }
}
