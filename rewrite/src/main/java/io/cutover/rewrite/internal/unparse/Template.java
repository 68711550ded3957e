package io.cutover.rewrite.internal.unparse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * An operator that prints target SQL from a pattern: {@code {0}} prints operand 0 as it is, {@code [0]}
 * prints it in parentheses when it is an operator expression. Rules use it for target syntax Calcite
 * has no node for, such as {@code d + INTERVAL n DAY} or {@code a <=> b}.
 */
public final class Template extends SqlSpecialOperator {
    private static final ConcurrentMap<String, Template> CACHE = new ConcurrentHashMap<>();
    private final List<Object> parts;
    /** Prints as one term (a function call, CASE or parenthesised), so it never needs parentheses. */
    private final boolean atomic;

    private Template(String pattern, boolean atomic) {
        super("TEMPLATE", SqlKind.OTHER, atomic ? 1000 : 0);
        this.parts = parse(pattern);
        this.atomic = atomic;
    }

    private static Template of(String pattern) {
        boolean atomic = pattern.startsWith("CASE ") && pattern.endsWith(" END")
                || pattern.matches("(?s)(\\w+\\(.*\\)|\\(.*\\)|\\w+)") && balanced(pattern);
        return new Template(pattern, atomic);
    }

    private static boolean balanced(String pattern) {
        int depth = 0;
        for (int i = 0; i < pattern.length() - 1; i++) {
            depth += pattern.charAt(i) == '(' ? 1 : pattern.charAt(i) == ')' ? -1 : 0;
            if (depth == 0 && pattern.charAt(i) == ')') {
                return false;
            }
        }
        return true;
    }

    public static SqlCall call(String pattern, SqlNode... operands) {
        return new SqlBasicCall(CACHE.computeIfAbsent(pattern, Template::of), operands, SqlParserPos.ZERO);
    }

    private static List<Object> parse(String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : c == '[' ? pattern.indexOf(']', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                if (text.length() > 0) {
                    parts.add(text.toString());
                    text.setLength(0);
                }
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                parts.add(c == '{' ? n : -n - 1);
                i = close;
            } else {
                text.append(c);
            }
        }
        if (text.length() > 0) {
            parts.add(text.toString());
        }
        return parts;
    }

    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        for (Object part : parts) {
            if (part instanceof String s) {
                writer.print(s);
                writer.setNeedWhitespace(false);
            } else {
                int n = (Integer) part;
                SqlNode operand = call.operand(n >= 0 ? n : -n - 1);
                boolean wrap = n < 0 && operand instanceof SqlCall c && needsParentheses(c);
                if (wrap) {
                    writer.print("(");
                    writer.setNeedWhitespace(false);
                }
                operand.unparse(writer, 0, 0);
                writer.setNeedWhitespace(false);
                if (wrap) {
                    writer.print(")");
                    writer.setNeedWhitespace(false);
                }
            }
        }
        writer.setNeedWhitespace(true);
    }

    private static boolean needsParentheses(SqlCall c) {
        if (c.getOperator() instanceof Template t) {
            return !t.atomic;
        }
        SqlSyntax syntax = c.getOperator().getSyntax();
        return syntax != SqlSyntax.FUNCTION && syntax != SqlSyntax.FUNCTION_ID && c.getKind() != SqlKind.CASE;
    }
}
