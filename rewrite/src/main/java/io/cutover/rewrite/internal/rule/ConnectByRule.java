package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.HierarchyRow.PARENT;
import static io.cutover.rewrite.internal.rule.HierarchyRow.id;
import static io.cutover.rewrite.internal.rule.Nodes.concat;
import static io.cutover.rewrite.internal.rule.Nodes.string;
import static io.cutover.rewrite.internal.rule.Nodes.t;

import io.cutover.rewrite.ValueKind;
import io.cutover.rewrite.internal.lex.Normalized;
import io.cutover.rewrite.internal.parse.OracleParser;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Oracle's hierarchical query over one table T (alias Q) as a recursive CTE, run before the other rules:
 * <pre>
 * WITH RECURSIVE CB_TREE AS (
 *   SELECT Q.*, 1 AS CB_LEVEL, ... FROM T AS Q WHERE start-with
 *   UNION ALL
 *   SELECT Q.*, CB_P.CB_LEVEL + 1, ... FROM T AS Q JOIN CB_TREE AS CB_P ON connect-by
 *   WHERE the row's PRIOR key is not yet on CB_P.CB_VISITED)
 * SELECT ... FROM CB_TREE AS Q WHERE ... -- Oracle filters with WHERE after building the hierarchy
 * </pre>
 * The visited path stops a loop where Oracle stops with NOCYCLE (without it, Oracle raises ORA-01436).
 * ORDER SIBLINGS BY numbers the rows of T in sibling order and sorts by the path of those numbers.
 */
public final class ConnectByRule {
    private static final SqlParserPos Z = SqlParserPos.ZERO;
    private static final String TREE = "CB_TREE";
    private static final String ROWS = "CB_ROWS";

    private final Normalized.Hierarchy h;
    private final RuleContext ctx;
    private final SqlParserPos pos;

    private ConnectByRule(Normalized.Hierarchy h, RuleContext ctx) {
        this.h = h;
        this.ctx = ctx;
        this.pos = new SqlParserPos(0, h.origin() + 1);
    }

    /** The statement as a recursive CTE, or the statement unchanged with the reason reported. */
    public static SqlNode apply(SqlNode statement, Normalized.Hierarchy h, RuleContext ctx) {
        return new ConnectByRule(h, ctx).rewrite(statement);
    }

    /** A string cast to the path type, the same in the anchor and the recursive member of the CTE. */
    static SqlNode text(SqlNode value, RuleContext ctx) {
        return t(ctx.mysql() ? "CAST({0} AS CHAR(4000))" : "CAST({0} AS VARCHAR(4000))", value);
    }

    private SqlNode rewrite(SqlNode statement) {
        SqlOrderBy ob = statement instanceof SqlOrderBy o ? o : null;
        SqlSelect s = ob != null && ob.query instanceof SqlSelect q ? q : statement instanceof SqlSelect q ? q : null;
        SqlNode from = s == null ? null : s.getFrom();
        SqlNode table = from instanceof SqlCall as && as.getKind() == SqlKind.AS ? as.operand(0) : from;
        if (!(table instanceof SqlIdentifier t)) {
            return reject("CONNECT BY is translated over one table", "move joins and set operations into a WITH "
                    + "clause and query it", statement);
        }
        boolean dual = t.isSimple() && t.getSimple().equals("DUAL");
        String q = dual ? TREE : table == from ? t.names.get(t.names.size() - 1)
                : ((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple();
        if (s.getSelectList().stream().anyMatch(i -> i instanceof SqlIdentifier id && id.isStar())) {
            return reject("SELECT * over CONNECT BY would return the translation's columns", "list the columns",
                    statement);
        }
        SqlNode connect;
        SqlNode start;
        SqlNodeList siblings;
        try {
            connect = OracleParser.expression(h.connectBy().text());
            start = h.startWith() == null ? null : OracleParser.expression(h.startWith().text());
            siblings = h.siblings() == null ? null : ((SqlOrderBy) OracleParser.statement("SELECT 1 FROM DUAL ORDER BY "
                    + h.siblings().text())).orderList;
        } catch (SqlParseException e) {
            return reject("cannot parse the hierarchical clauses", null, statement);
        }
        HierarchyRow child = HierarchyRow.of(q, t("[0] + 1", id(PARENT, "CB_LEVEL")));
        SqlNode on = connect.accept(child);
        HierarchyRow root = HierarchyRow.of(q, SqlLiteral.createExactNumeric("1", Z));
        SqlNode where = start == null ? null : start.accept(root);
        if (child.subquery || root.subquery || dual && child.columns + root.columns > 0) {
            return reject("subqueries, and columns of DUAL, in START WITH / CONNECT BY are not translated", null,
                    statement);
        }
        HierarchyColumns columns = new HierarchyColumns(q, ctx);
        SqlSelect outer = (SqlSelect) s.accept(columns);
        SqlNodeList order = ob == null ? null : (SqlNodeList) ob.orderList.accept(columns);
        SqlNode source = dual ? null : t;
        List<SqlNode> items = new ArrayList<>();
        if (siblings != null) {
            items.add(new SqlWithItem(Z, id(ROWS), null, ranked(t, q, siblings), SqlLiteral.createBoolean(true, Z)));
            source = id(ROWS);
        }
        List<SqlNode> rootList = new ArrayList<>();
        List<SqlNode> childList = new ArrayList<>();
        if (!dual) {
            rootList.add(star(q));
            childList.add(star(q));
        }
        add(rootList, childList, "CB_LEVEL", SqlLiteral.createExactNumeric("1", Z), t("[0] + 1", id(PARENT, "CB_LEVEL")));
        for (HierarchyColumns.Column c : columns.columns) {
            add(rootList, childList, c.name(), c.root(), c.child());
        }
        SqlNode childWhere = null;
        if (!child.priors.isEmpty()) {
            SqlNode key = cycleKey(child.priors, q);
            add(rootList, childList, "CB_VISITED", text(concat(concat(string("/"), key), string("/")), ctx),
                    text(concat(concat(id(PARENT, "CB_VISITED"), key), string("/")), ctx));
            childWhere = t(ctx.mysql() ? "LOCATE({1}, {0}) = 0" : "POSITION({1} IN {0}) = 0",
                    id(PARENT, "CB_VISITED"), concat(concat(string("/"), key), string("/")));
            if (!h.noCycle()) {
                ctx.warn(pos, "CONNECT BY", "on a loop in the data Oracle raises ORA-01436; the translation stops at "
                        + "the repeating row as NOCYCLE does", null);
            }
        }
        if (siblings != null) {
            SqlNode rank = t(ctx.mysql() ? "LPAD({0}, 10, '0')" : "LPAD(CAST({0} AS TEXT), 10, '0')", id(q, "CB_RANK"));
            add(rootList, childList, "CB_ORDER", text(rank, ctx), text(concat(id(PARENT, "CB_ORDER"), rank), ctx));
            order = new SqlNodeList(List.of(id(q, "CB_ORDER")), Z);
        } else if (order == null) {
            ctx.warn(pos, "CONNECT BY", "Oracle returns the rows depth-first; without ORDER BY the target's order "
                    + "is undefined", "add ORDER SIBLINGS BY (translated to a path order) or ORDER BY");
        }
        SqlNode anchorFrom = source == null ? id("DUAL") : as(source, q);
        SqlNode parent = as(id(TREE), PARENT);
        SqlNode childFrom = source == null ? parent : new SqlJoin(Z, as(source, q), SqlLiteral.createBoolean(false, Z),
                JoinType.INNER.symbol(Z), parent, JoinConditionType.ON.symbol(Z), on);
        SqlNode childFilter = source == null ? on : childWhere;
        SqlNode union = SqlStdOperatorTable.UNION_ALL.createCall(Z, select(rootList, anchorFrom, where),
                select(childList, childFrom, childFilter));
        items.add(new SqlWithItem(Z, id(TREE), null, union, SqlLiteral.createBoolean(true, Z)));
        outer.setFrom(dual ? id(TREE) : as(id(TREE), q));
        SqlNode body = order == null ? outer : new SqlOrderBy(Z, outer, order, ob == null ? null : ob.offset,
                ob == null ? null : ob.fetch);
        ctx.applied("CONNECT BY to WITH RECURSIVE");
        return new SqlWith(Z, new SqlNodeList(items, Z), body);
    }

    /** The rows of T numbered in sibling order (any subset keeps that relative order). */
    private SqlSelect ranked(SqlIdentifier table, String q, SqlNodeList siblings) {
        SqlNodeList keys = ctx.mysql() ? NullOrdering.mysql(siblings, ctx) : siblings;
        ctx.applied("ORDER SIBLINGS BY");
        return select(List.of(star(q),
                as(t("ROW_NUMBER() OVER (ORDER BY {0})", keys), "CB_RANK")), as(table, q), null);
    }

    /**
     * The PRIOR expressions of a row as one path entry. Strings are escaped so that no entry contains the
     * separators {@code /} and {@code ,}: finding {@code /entry/} in the path then means equal keys.
     */
    private SqlNode cycleKey(List<SqlNode> priors, String q) {
        SqlNode key = null;
        for (SqlNode p : priors) {
            SqlNode v = p.accept(HierarchyRow.of(q, id(q, "CB_LEVEL")));
            if (ctx.kindOf(p) != ValueKind.NUMBER) {
                v = t(ctx.mysql() ? "CAST({0} AS CHAR)" : "CAST({0} AS TEXT)", v);
                v = replace(replace(replace(v, "\\", "\\\\"), "/", "\\s"), ",", "\\c");
            }
            key = key == null ? v : concat(concat(key, string(",")), v);
        }
        return key;
    }

    private static SqlIdentifier star(String q) {
        return SqlIdentifier.star(List.of(q, ""), Z, List.of(Z, Z));
    }

    private static SqlNode replace(SqlNode v, String from, String to) {
        return SqlStdOperatorTable.REPLACE.createCall(Z, v, string(from), string(to));
    }

    private static void add(List<SqlNode> rootList, List<SqlNode> childList, String name, SqlNode root,
                            SqlNode child) {
        rootList.add(as(root, name));
        childList.add(child);
    }

    private static SqlNode as(SqlNode node, String alias) {
        return SqlStdOperatorTable.AS.createCall(Z, node, id(alias));
    }

    private static SqlSelect select(List<SqlNode> list, SqlNode from, SqlNode where) {
        return new SqlSelect(Z, null, new SqlNodeList(list, Z), from, where, null, null, null, null, null, null, null);
    }

    private SqlNode reject(String message, String suggestion, SqlNode statement) {
        ctx.unsupported(pos, "CONNECT BY", message, suggestion);
        return statement;
    }
}
