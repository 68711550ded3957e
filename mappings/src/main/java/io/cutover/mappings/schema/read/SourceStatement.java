package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Location;
import io.cutover.mappings.schema.Skipped;
import io.debezium.ddl.parser.oracle.generated.PlSqlLexer;
import io.debezium.ddl.parser.oracle.generated.PlSqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * One statement of a file with the ANTLR PL/SQL lexer and parser around it: parses it with a chosen
 * grammar rule, maps tokens to file locations, and turns problems into {@link Skipped} entries.
 */
final class SourceStatement {
    private final String file;
    private final Statement statement;
    private final List<Token> allTokens;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Skipped> notes = new ArrayList<>();

    SourceStatement(String file, Statement statement) {
        this.file = file;
        this.statement = statement;
        PlSqlLexer lexer = new PlSqlLexer(CharStreams.fromString(statement.text()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int col, String msg,
                                    RecognitionException e) {
                int offset = offsetOf(line, col);
                throw problem(locate(line, col), offset, statement.text().startsWith("'", offset)
                        || statement.text().startsWith("\"", offset) ? "unterminated quote" : "unreadable text: " + msg);
            }
        });
        allTokens = new ArrayList<>(lexer.getAllTokens());
        for (Token t : allTokens) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(t);
            }
        }
    }

    Statement statement() {
        return statement;
    }

    /** The tokens a parser sees (no comments or white space). */
    List<Token> tokens() {
        return tokens;
    }

    /**
     * Takes a token out of what the parser sees, for Oracle syntax the grammar rejects. The token keeps its
     * place in the statement, so every location reported afterwards is still that of the file.
     */
    void hide(Token token) {
        ((WritableToken) token).setChannel(Token.HIDDEN_CHANNEL);
        tokens.remove(token);
    }

    /** Upper-case text of the i-th visible token, or "" past the end. */
    String word(int i) {
        return i < tokens.size() ? tokens.get(i).getText().toUpperCase(Locale.ROOT) : "";
    }

    /**
     * Parses the whole statement with {@code rule}: fast SLL prediction first, full LL on failure,
     * as the ANTLR documentation recommends for large grammars.
     */
    <T extends ParserRuleContext> T parse(Function<PlSqlParser, T> rule) {
        try {
            PlSqlParser fast = parser();
            fast.getInterpreter().setPredictionMode(PredictionMode.SLL);
            fast.setErrorHandler(new BailErrorStrategy());
            return complete(fast, rule.apply(fast));
        } catch (ParseCancellationException e) {
            PlSqlParser full = parser();
            full.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int col, String msg,
                                        RecognitionException ex) {
                    throw problem((Token) symbol, syntaxReason((Token) symbol, msg));
                }
            });
            return complete(full, rule.apply(full));
        }
    }

    private PlSqlParser parser() {
        PlSqlParser parser = new PlSqlParser(new CommonTokenStream(new ListTokenSource(allTokens)));
        parser.removeErrorListeners();
        return parser;
    }

    private <T> T complete(PlSqlParser parser, T tree) {
        Token next = parser.getCurrentToken();
        if (next.getType() != Token.EOF) {
            throw problem(next, "unexpected '" + next.getText() + "' where the statement should end");
        }
        return tree;
    }

    private static String syntaxReason(Token token, String antlrMessage) {
        if (token.getType() == Token.EOF) {
            return "statement ends too early (missing ')' or clause?)";
        }
        if (token.getText().equals("'") || token.getText().equals("\"")) {
            return "unterminated quote";
        }
        String reason = "syntax error at '" + token.getText() + "'";
        return antlrMessage.contains("expecting {") ? reason : reason + ": " + antlrMessage;
    }

    /** The text of {@code ctx} as written, on one line. */
    String text(ParserRuleContext ctx) {
        Interval span = Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex());
        return oneLine(ctx.getStart().getInputStream().getText(span));
    }

    Location location(Token token) {
        return locate(token.getLine(), token.getCharPositionInLine());
    }

    /** A problem at {@code token}; throw it to skip the statement. */
    UnreadableStatement problem(Token token, String reason) {
        return new UnreadableStatement(new Skipped(location(token), reason, excerpt(token)));
    }

    /** The statement text around {@code token}, on one line. */
    String excerpt(Token token) {
        return excerpt(token.getType() == Token.EOF ? statement.text().length() : token.getStartIndex());
    }

    /** Records a problem that drops only part of the statement; kept only if the statement is read. */
    void note(Token token, String reason) {
        notes.add(problem(token, reason).skipped());
    }

    List<Skipped> notes() {
        return notes;
    }

    private UnreadableStatement problem(Location location, int offset, String reason) {
        return new UnreadableStatement(new Skipped(location, reason, excerpt(offset)));
    }

    private String excerpt(int offset) {
        String text = statement.text();
        return oneLine(text.substring(Math.max(0, offset - 40), Math.min(text.length(), offset + 40)));
    }

    /** File location of a 1-based line and 0-based column inside the statement. */
    private Location locate(int line, int charPositionInLine) {
        int column = line == 1 ? statement.column() + charPositionInLine : charPositionInLine + 1;
        return new Location(file, statement.line() + line - 1, column);
    }

    private int offsetOf(int line, int charPositionInLine) {
        String text = statement.text();
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return Math.min(text.length(), offset + charPositionInLine);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
