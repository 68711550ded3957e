package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.integer;
import static io.cutover.rewrite.internal.rule.Nodes.t;
import static io.cutover.rewrite.internal.rule.Nodes.tList;

import io.cutover.mappings.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/**
 * REGEXP_INSTR, REGEXP_SUBSTR and REGEXP_REPLACE with position, occurrence, return option and match parameter.
 * PostgreSQL 15+ and MySQL 8 take Oracle's arguments; MariaDB's PCRE functions take none, so the pattern is
 * rebuilt: {@code \A} and a skip of position - 1 characters, occurrence - 1 earlier matches each taken atomically
 * at their leftmost position (Oracle's order), then {@code \K} before the wanted match.
 */
final class Regexp {
    /** Oracle's argument layout: pattern index 1, then these optional ones (-1: absent for that function). */
    private record Shape(String name, int replacement, int position, int occurrence, int returnOption, int match,
                         int subexpression) {
    }

    private static final Shape INSTR = new Shape("REGEXP_INSTR", -1, 2, 3, 4, 5, 6);
    private static final Shape SUBSTR = new Shape("REGEXP_SUBSTR", -1, 2, 3, -1, 4, 5);
    private static final Shape REPLACE = new Shape("REGEXP_REPLACE", 2, 3, 4, -1, 5, -1);

    private Regexp() {
    }

    static SqlNode instr(SqlCall call, RuleContext ctx) {
        return apply(INSTR, call, ctx);
    }

    static SqlNode substr(SqlCall call, RuleContext ctx) {
        return apply(SUBSTR, call, ctx);
    }

    static SqlNode replace(SqlCall call, RuleContext ctx) {
        return apply(REPLACE, call, ctx);
    }

    private static SqlNode apply(Shape f, SqlCall call, RuleContext ctx) {
        List<SqlNode> ops = call.getOperandList();
        long position = literal(ops, f.position, 1);
        long occurrence = literal(ops, f.occurrence, f == REPLACE ? 0 : 1);
        long returnOption = literal(ops, f.returnOption, 0);
        String match = f.match < ops.size() ? Nodes.string(ops.get(f.match)) : "";
        String problem = position < 1 || occurrence < 0 || f != REPLACE && occurrence < 1 || returnOption < 0
                || returnOption > 1 ? "position, occurrence and return option must be literals in Oracle's range"
                : match == null ? "the match parameter must be a literal"
                : !match.matches("[icnm]*") ? "match parameter '" + match + "': only i, c, n and m are translated"
                : f.subexpression >= 0 && f.subexpression < ops.size() ? "subexpressions are not translated" : null;
        if (problem == null && ctx.mysql() && ctx.dialect() != Dialect.MYSQL && ctx.dialect() != Dialect.MARIADB) {
            problem = ctx.dialect().yamlName() + " has no REGEXP_ functions with these arguments";
        }
        Options o = new Options(position, occurrence, returnOption, match);
        SqlNode out = problem != null ? null
                : !ctx.mysql() ? postgres(f, ops, o)
                : ctx.dialect() == Dialect.MYSQL ? mysql8(f, ops, o, ctx) : MariaDbRegexp.translate(f.name, ops, o, ctx);
        if (out == null) {
            if (problem != null) {
                ctx.unsupported(call.getParserPosition(), f.name, problem, "compute it in the application");
            }
            return call;
        }
        ctx.applied(f.name);
        ctx.warn(call.getParserPosition(), f.name, "regex dialects differ (Oracle POSIX ERE vs "
                + (ctx.mysql() ? "PCRE/ICU" : "ARE") + ")", "check patterns with back-references and classes");
        return out;
    }

    /** The literal arguments, defaults filled in. */
    record Options(long position, long occurrence, long returnOption, String match) {
        boolean plain() {
            return position == 1 && occurrence <= 1 && returnOption == 0 && match.isEmpty();
        }
    }

    private static long literal(List<SqlNode> ops, int index, long absent) {
        if (index < 0 || index >= ops.size()) {
            return absent;
        }
        Long v = integer(ops.get(index));
        return v == null ? -1 : v;
    }

    /** PostgreSQL 15+: Oracle's arguments; the match parameter becomes ARE flags (Oracle's default is 'p'). */
    private static SqlNode postgres(Shape f, List<SqlNode> ops, Options o) {
        boolean ci = false;
        boolean dotAll = false;
        boolean lines = false;
        for (char c : o.match.toCharArray()) {
            ci = c == 'i' || ci && c != 'c';
            dotAll |= c == 'n';
            lines |= c == 'm';
        }
        String flags = (ci ? "i" : "c") + (dotAll ? (lines ? "w" : "s") : (lines ? "n" : "p"));
        List<SqlNode> args = new ArrayList<>(ops.subList(0, f == REPLACE ? 3 : 2));
        args.add(Nodes.number(o.position));
        args.add(Nodes.number(o.occurrence));
        if (f == INSTR) {
            args.add(Nodes.number(o.returnOption));
        }
        args.add(Nodes.string(flags));
        return tList(f.name + "(" + Nodes.slots(0, args.size()) + ")", args);
    }

    /** MySQL 8: the same arguments and match types; replacement back-references are $n instead of \n. */
    private static SqlNode mysql8(Shape f, List<SqlNode> ops, Options o, RuleContext ctx) {
        if (f == REPLACE && !(Nodes.string(ops.get(2)) != null && !Nodes.string(ops.get(2)).matches("(?s).*\\\\\\d.*"))) {
            ctx.unsupported(ops.get(2).getParserPosition(), f.name, "the replacement must be a literal without "
                    + "back-references (MySQL writes them $1)", "write the replacement for MySQL by hand");
            return null;
        }
        List<SqlNode> args = new ArrayList<>(ops.subList(0, f == REPLACE ? 3 : 2));
        args.add(Nodes.number(o.position));
        args.add(Nodes.number(o.occurrence));
        if (f == INSTR) {
            args.add(Nodes.number(o.returnOption));
        }
        args.add(Nodes.string(o.match.isEmpty() ? "c" : o.match));
        return tList(f.name + "(" + Nodes.slots(0, args.size()) + ")", args);
    }
}
