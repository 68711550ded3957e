package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import io.cutover.rewrite.internal.lex.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Walks a parsed Oracle statement and rewrites it for the target. Query-block rules (ROWNUM) run before
 * a block's children; expression rules run after their operands are translated. A function that has no
 * rule and is not known to behave the same on the target is reported, never passed through silently.
 */
public final class RuleShuttle extends SqlShuttle {
    private static final Map<String, FunctionRule> FUNCTIONS = new HashMap<>();
    /** Functions that mean the same on every target. */
    private static final Set<String> SAME = Set.of("COALESCE", "NULLIF", "UPPER", "LOWER", "ABS", "MOD", "CEIL",
            "FLOOR", "POWER", "SQRT", "EXP", "LN", "SIGN", "COUNT", "SUM", "AVG", "MIN", "MAX", "ROW_NUMBER",
            "RANK", "DENSE_RANK", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE", "NTILE", "ASCII", "TRIM", "CAST",
            "EXTRACT", "STDDEV", "VARIANCE", "REVERSE");

    static {
        NullRules.register(FUNCTIONS);
        StringRules.register(FUNCTIONS);
        DateRules.register(FUNCTIONS);
        FormatRules.register(FUNCTIONS);
        MiscRules.register(FUNCTIONS);
        OracleBuiltins.register(FUNCTIONS);
    }

    private final RuleContext ctx;

    public RuleShuttle(RuleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (id.isSimple()) {
            switch (id.getSimple()) {
                case "SYSDATE", "CURRENT_DATE" -> {
                    return DateRules.sysdate(ctx, false);
                }
                case "SYSTIMESTAMP" -> {
                    return DateRules.sysdate(ctx, true);
                }
                case "ROWNUM" -> {
                    ctx.unsupported(id.getParserPosition(), "ROWNUM", "ROWNUM is translated only in WHERE "
                            + "(top-level AND) and the select list of a query block", null);
                    return id;
                }
                default -> {
                }
            }
        }
        SqlNode builtin = OracleBuiltins.identifier(id, ctx);
        if (builtin != null) {
            return builtin;
        }
        if (id.names.size() == 2 && (id.names.get(1).equals("NEXTVAL") || id.names.get(1).equals("CURRVAL"))) {
            boolean next = id.names.get(1).equals("NEXTVAL");
            SqlNode seq = MiscRules.sequence(ctx.identifiers().sql(ctx.identifiers().name(id.names.get(0))), next,
                    ctx);
            if (seq == null) {
                ctx.unsupported(id.getParserPosition(), id.names.get(1), ctx.dialect().yamlName()
                        + " has no sequences", "use an AUTO_INCREMENT column or a sequence table");
                return id;
            }
            return seq;
        }
        return targetNames(id);
    }

    /**
     * Table, column and alias names as the schema step names them ({@link io.cutover.mappings.ddl.Identifiers}):
     * unquoted-origin names in lower case, names past the target's length limit shortened. A shortened
     * column keeps its catalog kind.
     */
    private SqlNode targetNames(SqlIdentifier id) {
        List<String> names = new ArrayList<>(id.names.size());
        boolean changed = false;
        for (String n : id.names) {
            String target = ctx.identifiers().name(n);
            changed |= !target.equals(n);
            names.add(target);
        }
        if (!changed) {
            return id;
        }
        SqlIdentifier renamed = new SqlIdentifier(names, null, id.getParserPosition(), null);
        String last = id.names.get(id.names.size() - 1);
        boolean shortened = !names.get(names.size() - 1).equals(ctx.identifiers().fold(last));
        return shortened ? ctx.kind(renamed, ctx.catalog().kind(last)) : renamed;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call instanceof SqlSelect s) {
            return select(s);
        }
        if (call instanceof SqlOrderBy ob) {
            return orderBy(ob);
        }
        if (call instanceof SqlMerge merge) {
            return merge(merge);
        }
        if (isConcat(call)) {
            List<SqlNode> parts = new ArrayList<>();
            flattenConcat(call, parts);
            parts.replaceAll(p -> p.accept(this));
            return StringRules.concat(parts, ctx);
        }
        if (call.getKind() == SqlKind.WITHIN_GROUP && call.operand(0) instanceof SqlCall agg
                && agg.getOperator().getName().equalsIgnoreCase("LISTAGG")) {
            return listagg(agg, (SqlNodeList) call.operand(1));
        }
        SqlNode visited = super.visit(call);
        if (visited instanceof SqlWindow w) {
            return ctx.mysql() ? NullOrdering.window(w, ctx) : w;
        }
        return visited instanceof SqlCall c ? rewrite(c) : visited;
    }

    private SqlNode rewrite(SqlCall call) {
        SqlKind kind = EmptyStrings.compare(call, ctx).getKind();
        if (kind == SqlKind.PLUS || kind == SqlKind.MINUS) {
            SqlNode r = DateRules.arithmetic(call, kind == SqlKind.MINUS, ctx);
            return r == null ? call : r;
        }
        if (kind == SqlKind.DIVIDE && !ctx.mysql()) {
            ctx.applied("exact division");
            Long divisor = Nodes.integer(call.operand(1));
            SqlNode exact = divisor != null ? t("[0] / " + divisor + ".0", call.operand(0))
                    : t("[0] / CAST({1} AS NUMERIC)", call.operand(0), call.operand(1));
            return ctx.kind(exact, ctx.kindOf(call));
        }
        if (kind == SqlKind.BETWEEN) {
            String not = ((SqlBetweenOperator) call.getOperator()).isNegated() ? " NOT" : "";
            return t("[0]" + not + " BETWEEN [1] AND [2]", call.operand(0), call.operand(1), call.operand(2));
        }
        if (kind == SqlKind.EXCEPT) {
            ctx.applied("MINUS to EXCEPT");
            return call;
        }
        if (call.getOperator() == SqlStdOperatorTable.CURRENT_DATE) {
            return DateRules.sysdate(ctx, false);
        }
        if (!(call.getOperator() instanceof SqlFunction)) {
            return call;
        }
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        FunctionRule rule = FUNCTIONS.get(name);
        if (rule != null) {
            return rule.apply(call, ctx);
        }
        if (name.equals(Normalizer.OUTER) || name.equals(Normalizer.PRIOR)) {
            ctx.unsupported(call.getParserPosition(), name.equals(Normalizer.OUTER) ? "(+)" : "PRIOR",
                    "not in a position the outer-join or CONNECT BY rule translates", "write an ANSI join");
        } else if (call.getOperator() instanceof SqlUnresolvedFunction && !SAME.contains(name)) {
            ctx.unsupported(call.getParserPosition(), name + "()", "no translation for this function",
                    "rewrite it with standard functions or create an equivalent function on the target");
        }
        return call;
    }

    private SqlNode select(SqlSelect s) {
        OuterJoinRule.apply(s, ctx);
        RownumRule.apply(s, ctx);
        SqlNode from = s.getFrom();
        boolean dual = from instanceof SqlIdentifier id && id.names.size() == 1 && id.getSimple().equals("DUAL");
        if (dual) {
            ctx.applied("DUAL");
            s.setFrom(ctx.mysql() && s.getWhere() != null ? t("DUAL") : null);
        } else if (from instanceof SqlSelect || from instanceof SqlOrderBy) {
            ctx.applied("alias for inline view");
            s.setFrom(SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, from,
                    new SqlIdentifier(ctx.nextAlias(), SqlParserPos.ZERO)));
        }
        SqlSelect out = (SqlSelect) super.visit(s);
        if (out.getOrderList() != null && ctx.mysql()) {
            out.setOrderBy(NullOrdering.query(out.getOrderList(), out, ctx));
        }
        return out;
    }

    /** ORDER BY over a block with a ROWNUM limit: Oracle numbers rows before sorting them. */
    private SqlNode orderBy(SqlOrderBy ob) {
        if (ob.query instanceof SqlSelect inner && RownumRule.apply(inner, ctx)) {
            ctx.applied("ROWNUM before ORDER BY");
            SqlSelect wrapper = new SqlSelect(SqlParserPos.ZERO, null,
                    new SqlNodeList(List.of(SqlIdentifier.star(SqlParserPos.ZERO)), SqlParserPos.ZERO),
                    SqlStdOperatorTable.AS.createCall(SqlParserPos.ZERO, inner,
                            new SqlIdentifier(ctx.nextAlias(), SqlParserPos.ZERO)),
                    null, null, null, null, null, null, null, null);
            SqlNodeList order = NullOrdering.unqualify(ob.orderList);
            return visit(new SqlOrderBy(ob.getParserPosition(), wrapper, order, ob.offset, ob.fetch));
        }
        SqlOrderBy out = (SqlOrderBy) super.visit(ob);
        if (ctx.mysql()) {
            return new SqlOrderBy(out.getParserPosition(), out.query, NullOrdering.query(out.orderList, out.query, ctx),
                    out.offset, out.fetch);
        }
        return out;
    }

    /**
     * PostgreSQL 15+ runs MERGE as Oracle writes it, except that SET columns must not be qualified.
     * MySQL-family targets get an upsert on the primary key ({@link MergeRule}).
     */
    private SqlNode merge(SqlMerge merge) {
        if (ctx.mysql()) {
            SqlNode upsert = MergeRule.apply(merge, ctx);
            return upsert == null ? merge : upsert.accept(this);
        }
        SqlMerge out = (SqlMerge) super.visit(merge);
        SqlUpdate update = out.getUpdateCall();
        if (update != null) {
            update.setOperand(1, NullOrdering.unqualify(update.getTargetColumnList()));
        }
        ctx.applied("MERGE");
        return out;
    }

    private SqlNode listagg(SqlCall agg, SqlNodeList order) {
        List<SqlNode> ops = new ArrayList<>(agg.getOperandList());
        ops.replaceAll(o -> o.accept(this));
        SqlNode sep = ops.size() > 1 ? ops.get(1) : Nodes.string("");
        SqlNodeList ord = (SqlNodeList) order.accept(this);
        ctx.applied("LISTAGG");
        if (ctx.mysql()) {
            ord = NullOrdering.mysql(ord, ctx);
        }
        return ctx.mysql() ? t("GROUP_CONCAT({0} ORDER BY {2} SEPARATOR {1})", ops.get(0), sep, ord)
                : t("STRING_AGG({0}, {1} ORDER BY {2})", ops.get(0), sep, ord);
    }

    private static boolean isConcat(SqlCall call) {
        return call.getOperator() == SqlStdOperatorTable.CONCAT
                || (call.getOperator().getName().equalsIgnoreCase("CONCAT") && call.operandCount() == 2);
    }

    private static void flattenConcat(SqlNode n, List<SqlNode> out) {
        if (n instanceof SqlCall c && isConcat(c)) {
            for (SqlNode op : c.getOperandList()) {
                flattenConcat(op, out);
            }
        } else {
            out.add(n);
        }
    }
}
