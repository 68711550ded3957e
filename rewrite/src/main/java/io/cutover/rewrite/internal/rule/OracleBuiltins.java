package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import io.cutover.rewrite.ValueKind;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

/**
 * Oracle built-ins written as names rather than calls: {@code USER}, {@code ROWID} and
 * {@code DBMS_RANDOM.VALUE} (also with bounds), plus {@code TRANSLATE}, which MySQL-family targets lack.
 */
final class OracleBuiltins {
    private OracleBuiltins() {
    }

    static void register(Map<String, FunctionRule> rules) {
        rules.put("VALUE", OracleBuiltins::randomBetween);
        rules.put("TRANSLATE", OracleBuiltins::translate);
        rules.put("TRANSLATE3", OracleBuiltins::translate);
    }

    /** The translation of a name that is an Oracle built-in, or null when id is an ordinary name. */
    static SqlNode identifier(SqlIdentifier id, RuleContext ctx) {
        String last = id.names.get(id.names.size() - 1);
        if (id.isSimple() && last.equals("USER")) {
            return user(id, ctx);
        }
        if (last.equals("ROWID") && id.names.size() <= 2) {
            ctx.unsupported(id.getParserPosition(), "ROWID", "the targets have no stable row address "
                    + "(PostgreSQL's ctid changes on UPDATE and VACUUM FULL)", "use the primary key");
            return id;
        }
        if (id.names.size() == 2 && id.names.get(0).equals("DBMS_RANDOM") && last.equals("VALUE")) {
            return random(ctx);
        }
        return null;
    }

    /** {@code DBMS_RANDOM.VALUE}: a uniform number in [0, 1), as RAND() and random() are. */
    static SqlNode random(RuleContext ctx) {
        ctx.applied("DBMS_RANDOM.VALUE");
        return ctx.kind(t(ctx.mysql() ? "RAND()" : "random()"), ValueKind.NUMBER);
    }

    /** {@code DBMS_RANDOM.VALUE(low, high)}: a uniform number in [low, high). */
    private static SqlNode randomBetween(SqlCall call, RuleContext ctx) {
        if (!(call.getOperator().getNameAsId().names.equals(List.of("DBMS_RANDOM", "VALUE"))
                && call.operandCount() == 2)) {
            ctx.unsupported(call.getParserPosition(), "VALUE()", "no translation for this function",
                    "rewrite it with standard functions or create an equivalent function on the target");
            return call;
        }
        ctx.applied("DBMS_RANDOM.VALUE");
        return ctx.kind(t("([0] + " + (ctx.mysql() ? "RAND()" : "random()") + " * ([1] - [0]))", call.operand(0),
                call.operand(1)), ValueKind.NUMBER);
    }

    /** Oracle's USER is the session's user name (upper case when the user was created unquoted). */
    private static SqlNode user(SqlIdentifier id, RuleContext ctx) {
        ctx.applied("USER");
        ctx.warn(id.getParserPosition(), "USER", "Oracle returns the user name in upper case unless it was "
                + "created quoted; the target returns it as the account is spelled", "compare with UPPER(USER) "
                + "or with the target's spelling");
        return ctx.kind(t(ctx.mysql() ? "SUBSTRING_INDEX(USER(), '@', 1)" : "SESSION_USER"), ValueKind.STRING);
    }

    private static SqlNode translate(SqlCall call, RuleContext ctx) {
        if (call.operandCount() != 3) {
            ctx.unsupported(call.getParserPosition(), "TRANSLATE", "only TRANSLATE(s, from, to) is translated",
                    null);
            return call;
        }
        if (ctx.mysql()) {
            ctx.unsupported(call.getParserPosition(), "TRANSLATE", ctx.dialect().yamlName() + " has no "
                    + "character-mapping function, and chained REPLACE calls map characters one after another, "
                    + "not all at once", "create a stored function that maps the characters, or use REPLACE "
                    + "when no replacement character is also replaced");
            return call;
        }
        ctx.applied("TRANSLATE");
        return ctx.kind(t("TRANSLATE({0}, {1}, {2})", call.operand(0), call.operand(1), call.operand(2)),
                ValueKind.STRING);
    }
}
