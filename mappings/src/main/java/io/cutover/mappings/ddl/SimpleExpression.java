package io.cutover.mappings.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the Oracle expressions both families read the same way once names and literals are
 * rewritten: column names, numbers, string literals, comparisons, AND/OR/NOT, IN, BETWEEN, LIKE,
 * IS [NOT] NULL, arithmetic and UPPER/LOWER calls. Anything else (other functions, {@code ||}, which is
 * OR in MySQL, pseudo-columns) is not simple and yields null, so the caller reports it.
 */
final class SimpleExpression {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:('(?:[^']|'')*')|(\"[^\"]+\")|(\\d+(?:\\.\\d+)?)|([A-Za-z][A-Za-z0-9_$#]*)|(<=|>=|<>|!=|[=<>(),+*/-]))");
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IN", "BETWEEN", "LIKE", "IS", "NULL");
    private static final Set<String> FUNCTIONS = Set.of("UPPER", "LOWER");

    private SimpleExpression() {
    }

    /**
     * @param columns the target SQL of a source column name (as the dictionary holds it), or null if the
     *                table has no such column
     * @return the target expression, or null when the expression is not simple
     */
    static String translate(String oracle, Function<String, String> columns, Identifiers ids) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(oracle);
        boolean glue = true; // no space before the next token: at the start, after "(" and after a function name
        int at = 0;
        while (!oracle.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            at = m.end();
            String token = translateToken(m, columns, ids);
            if (token == null) {
                return null;
            }
            boolean function = m.group(4) != null && FUNCTIONS.contains(token.toUpperCase(Locale.ROOT))
                    && oracle.substring(at).stripLeading().startsWith("(");
            if (!glue && !token.equals(")") && !token.equals(",")) {
                out.append(' ');
            }
            out.append(function ? token.toLowerCase(Locale.ROOT) : token);
            glue = function || token.equals("(");
        }
        return out.toString();
    }

    private static String translateToken(Matcher m, Function<String, String> columns, Identifiers ids) {
        if (m.group(1) != null) {
            String body = m.group(1).substring(1, m.group(1).length() - 1).replace("''", "'");
            return ids.literal(body);
        }
        if (m.group(2) != null) {
            return columns.apply(m.group(2).substring(1, m.group(2).length() - 1));
        }
        if (m.group(3) != null || m.group(5) != null) {
            return m.group(3) != null ? m.group(3) : m.group(5);
        }
        String word = m.group(4).toUpperCase(Locale.ROOT);
        if (KEYWORDS.contains(word) || FUNCTIONS.contains(word)) {
            return word;
        }
        return columns.apply(word);
    }
}
