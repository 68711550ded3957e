package io.cutover.mappings.schema.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * Oracle {@code CREATE TABLE} syntax that real exports contain but Debezium's grammar rejects, taken out of
 * the token stream before parsing ({@link SourceStatement#hide}): file locations stay exact.
 * <ul>
 *   <li>{@code VISIBLE}/{@code INVISIBLE} of a column, which the grammar takes only in one position
 *       (not after {@code VIRTUAL} or a {@code DEFAULT}); the reader marks the column from the hidden token;</li>
 *   <li>{@code AUTOMATIC} of list partitioning when a {@code SUBPARTITION BY} follows; partitioning is read
 *       past anyway.</li>
 * </ul>
 */
final class GrammarGaps {
    private GrammarGaps() {
    }

    /** Hides the tokens; returns the hidden {@code INVISIBLE} tokens of the column list. */
    static List<Token> hideInCreateTable(SourceStatement source) {
        List<Token> invisible = new ArrayList<>();
        List<Token> tokens = List.copyOf(source.tokens());
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = t.getText().toUpperCase(Locale.ROOT);
            if (word.equals("(")) {
                depth++;
            } else if (word.equals(")")) {
                depth--;
            } else if (depth == 1 && (word.equals("INVISIBLE") || word.equals("VISIBLE")) && !startsProperty(tokens, i)) {
                source.hide(t);
                if (word.equals("INVISIBLE")) {
                    invisible.add(t);
                }
            } else if (depth == 0 && word.equals("AUTOMATIC") && i + 1 < tokens.size()
                    && tokens.get(i + 1).getText().equalsIgnoreCase("SUBPARTITION")) {
                source.hide(t);
            }
        }
        return invisible;
    }

    /** A word right after "(" or "," names a column (one may be called VISIBLE). */
    private static boolean startsProperty(List<Token> tokens, int i) {
        String previous = tokens.get(i - 1).getText();
        return previous.equals("(") || previous.equals(",");
    }
}
