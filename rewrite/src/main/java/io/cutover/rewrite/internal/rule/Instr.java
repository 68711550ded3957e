package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.integer;
import static io.cutover.rewrite.internal.rule.Nodes.t;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/**
 * INSTR(s, sub [, pos [, occurrence]]) with Oracle's rules: occurrences may overlap (the next search starts one
 * character after the previous match), a negative position searches backwards from that many characters before
 * the end, a match never found is 0, and NULL operands give NULL. Position and occurrence must be literals.
 */
final class Instr {
    private Instr() {
    }

    static SqlNode apply(SqlCall call, RuleContext ctx) {
        List<SqlNode> ops = call.getOperandList();
        SqlNode s = ops.get(0);
        SqlNode sub = ops.get(1);
        Long start = ops.size() > 2 ? integer(ops.get(2)) : Long.valueOf(1);
        Long n = ops.size() > 3 ? integer(ops.get(3)) : Long.valueOf(1);
        if (start == null || start == 0 || n == null || n < 1) {
            ctx.unsupported(call.getParserPosition(), "INSTR", "position and occurrence must be integer literals, "
                    + "the position non-zero and the occurrence positive", "compute the position in the application, "
                    + "or pick among literal occurrences with CASE");
            return call;
        }
        ctx.applied("INSTR");
        if (ops.size() == 2) {
            return t(ctx.mysql() ? "INSTR({0}, {1})" : "STRPOS({0}, {1})", s, sub);
        }
        return ctx.mysql() ? mysql(s, sub, start, n) : postgres(s, sub, start, n);
    }

    /** LOCATE chains: each search starts after the previous match; NULLIF stops the chain when one fails. */
    private static SqlNode mysql(SqlNode s, SqlNode sub, long start, long n) {
        if (start > 0 && n == 1) {
            return t("LOCATE({1}, {0}, " + start + ")", s, sub);
        }
        String text = start > 0 ? "{0}" : "REVERSE({0})";
        String literal = Nodes.string(sub);
        String pattern = start > 0 ? "{1}" : literal != null ? "{2}" : "REVERSE({1})";
        String length = length(sub);
        // Backwards: a match starts at most -start characters before the end; reversed, it starts at or after
        // -start - length + 1, and position i in the reversed text is length(s) + 2 - length(sub) - i.
        String chain = "LOCATE(" + pattern + ", " + text + ", "
                + (start > 0 ? Long.toString(start) : firstReversed(sub, start)) + ")";
        for (long k = 1; k < n; k++) {
            chain = "LOCATE(" + pattern + ", " + text + ", NULLIF(" + chain + ", 0) + 1)";
        }
        String end = literal != null ? plus(2 - literal.codePointCount(0, literal.length())) : " + 2 - " + length;
        String found = start > 0 ? chain : "CHAR_LENGTH({0})" + end + " - NULLIF(" + chain + ", 0)";
        SqlNode reversed = Nodes.string(literal == null ? "" : new StringBuilder(literal).reverse().toString());
        return t("COALESCE(" + found + ", 0 * LOCATE({1}, {0}))", s, sub, reversed);
    }

    /** Candidate start positions from a series, matched by SUBSTR, in search order; the n-th is the answer. */
    private static SqlNode postgres(SqlNode s, SqlNode sub, long start, long n) {
        if (start > 0 && n <= 2) {
            SqlNode found = find(s, sub, Nodes.number(start));
            return n == 1 ? found : t("CASE WHEN [0] = 0 THEN 0 ELSE {1} END", found, find(s, sub, t("[0] + 1", found)));
        }
        String series = start > 0 ? "GENERATE_SERIES(" + start + ", CHAR_LENGTH({0}))"
                : "GENERATE_SERIES(CHAR_LENGTH({0})" + plus(start + 1) + ", 1, -1)";
        return t("COALESCE((SELECT instr_at FROM " + series + " AS instr_g(instr_at) WHERE SUBSTR({0}, instr_at, "
                + length(sub) + ") = {1} ORDER BY instr_at" + (start > 0 ? "" : " DESC") + " LIMIT 1 OFFSET "
                + (n - 1) + "), 0 * STRPOS({0}, {1}))", s, sub);
    }

    /** The position of sub in s at or after start, 0 when absent. */
    private static SqlNode find(SqlNode s, SqlNode sub, SqlNode start) {
        if (Long.valueOf(1).equals(integer(start))) {
            return t("STRPOS({0}, {1})", s, sub);
        }
        return t("CASE WHEN STRPOS(SUBSTR({0}, {2}), {1}) = 0 THEN 0 ELSE STRPOS(SUBSTR({0}, {2}), {1}) + [2] - 1 END",
                s, sub, start);
    }

    /** {@code " + k"}, {@code " - k"} or nothing, to add a constant to an expression. */
    private static String plus(long k) {
        return k == 0 ? "" : k > 0 ? " + " + k : " - " + -k;
    }

    private static String length(SqlNode sub) {
        String literal = Nodes.string(sub);
        return literal != null ? Integer.toString(literal.codePointCount(0, literal.length())) : "CHAR_LENGTH({1})";
    }

    private static String firstReversed(SqlNode sub, long start) {
        String literal = Nodes.string(sub);
        if (literal != null) {
            return Long.toString(Math.max(1, -start - literal.codePointCount(0, literal.length()) + 1));
        }
        return "GREATEST(1, " + (1 - start) + " - CHAR_LENGTH({1}))";
    }
}
