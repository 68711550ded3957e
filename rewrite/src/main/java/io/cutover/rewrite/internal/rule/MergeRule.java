package io.cutover.rewrite.internal.rule;

import static io.cutover.rewrite.internal.rule.Nodes.t;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.Litmus;

/**
 * MERGE on MySQL-family targets as {@code INSERT INTO t (cols) SELECT values FROM source ON DUPLICATE KEY
 * UPDATE c = VALUES(c')}. That is the same statement only when a duplicate key is exactly a MATCHED row: the
 * ON clause must equate the target's whole primary key (from the catalog) with the source expressions the
 * INSERT branch writes into those columns. SET expressions may use the inserted values and the target's
 * current columns; anything else is reported, never passed through.
 */
final class MergeRule {
    private static final SqlParserPos Z = SqlParserPos.ZERO;

    private final RuleContext ctx;
    private final SqlParserPos pos;
    private String table;
    private String alias;
    private final Map<String, SqlNode> inserted = new LinkedHashMap<>();
    private final Set<String> assigned = new HashSet<>();
    private String problem;

    private MergeRule(RuleContext ctx, SqlParserPos pos) {
        this.ctx = ctx;
        this.pos = pos;
    }

    /** The upsert (operands still in Oracle form), or null when reported. */
    static SqlNode apply(SqlMerge merge, RuleContext ctx) {
        return new MergeRule(ctx, merge.getParserPosition()).upsert(merge);
    }

    private SqlNode upsert(SqlMerge merge) {
        SqlIdentifier target = (SqlIdentifier) merge.getTargetTable();
        table = target.names.get(target.names.size() - 1);
        alias = merge.getAlias() == null ? table : merge.getAlias().getSimple();
        List<String> key = ctx.catalog().primaryKey(table);
        if (key == null) {
            return reject("MERGE needs the target's primary key: give a catalog",
                    "build the rewriter with catalog(Catalog.of(schema)) or Catalog.withPrimaryKey");
        }
        SqlInsert insert = merge.getInsertCall();
        SqlUpdate update = merge.getUpdateCall();
        if (insert == null) {
            return reject("MERGE without WHEN NOT MATCHED has no upsert form", "write UPDATE ... JOIN");
        }
        if (update != null && update.getCondition() != null) {
            return reject("a WHERE on WHEN MATCHED UPDATE has no ON DUPLICATE KEY form", "split the MERGE");
        }
        SqlNodeList columns = insert.getTargetColumnList();
        if (columns == null || insert.getSource().getKind() != SqlKind.VALUES
                || ((SqlCall) insert.getSource()).operandCount() != 1) {
            return reject("the INSERT branch needs a column list and one VALUES row", "list the columns");
        }
        SqlCall row = ((SqlCall) insert.getSource()).operand(0);
        for (int i = 0; i < columns.size(); i++) {
            inserted.put(name(columns.get(i)), row.operand(i));
        }
        Map<String, SqlNode> on = new LinkedHashMap<>();
        for (SqlNode c : RownumRule.conjuncts(merge.getCondition())) {
            if (!keyEquality(c, on)) {
                return reject("ON must be equalities of the target's primary key " + key + " with source values",
                        null);
            }
        }
        if (!on.keySet().equals(new HashSet<>(key))) {
            return reject("ON must match the whole primary key " + key + " of " + table.toLowerCase(Locale.ROOT)
                    + ", found " + on.keySet(),
                    null);
        }
        for (Map.Entry<String, SqlNode> e : on.entrySet()) {
            SqlNode value = inserted.get(e.getKey());
            if (value == null || !value.equalsDeep(e.getValue(), Litmus.IGNORE)) {
                return reject("the INSERT branch must write the ON values into the key column " + e.getKey(), null);
            }
        }
        List<SqlNode> assignments = new ArrayList<>();
        if (update == null) {
            String k = key.get(0);
            assignments.add(new SqlIdentifier(k, Z));
            assignments.add(new SqlIdentifier(List.of(table, k), Z));
        } else {
            for (int i = 0; i < update.getTargetColumnList().size(); i++) {
                String column = name(update.getTargetColumnList().get(i));
                SqlNode value = update.getSourceExpressionList().get(i).accept(new SetExpression());
                if (problem != null) {
                    return reject(problem, null);
                }
                assignments.add(new SqlIdentifier(column, Z));
                assignments.add(value);
                assigned.add(column);
            }
        }
        SqlSelect select = new SqlSelect(Z, null, new SqlNodeList(row.getOperandList(), Z), merge.getSourceTableRef(),
                null, null, null, null, null, null, null, null);
        SqlInsert out = new SqlInsert(pos, SqlNodeList.EMPTY, target, select, columns);
        ctx.applied("MERGE to INSERT ... ON DUPLICATE KEY UPDATE");
        ctx.warn(pos, "MERGE", "ON DUPLICATE KEY UPDATE also matches on any other unique key of the target, and "
                + "a target row matched by two source rows is updated twice where Oracle raises ORA-30926", null);
        StringBuilder pattern = new StringBuilder("{0} ON DUPLICATE KEY UPDATE ");
        for (int i = 1; i < assignments.size(); i += 2) {
            pattern.append(i > 1 ? ", " : "").append('{').append(i).append("} = {").append(i + 1).append('}');
        }
        assignments.add(0, out);
        return Nodes.tList(pattern.toString(), assignments);
    }

    /** {@code t.k = source-expression} (either side); records it in {@code on}. */
    private boolean keyEquality(SqlNode c, Map<String, SqlNode> on) {
        if (c.getKind() != SqlKind.EQUALS) {
            return false;
        }
        SqlCall eq = (SqlCall) c;
        for (int side = 0; side < 2; side++) {
            if (isTarget(eq.operand(side)) && !refersToTarget(eq.operand(1 - side))) {
                return on.put(name(eq.operand(side)), eq.operand(1 - side)) == null;
            }
        }
        return false;
    }

    private boolean isTarget(SqlNode n) {
        return n instanceof SqlIdentifier id && id.names.size() == 2 && id.names.get(0).equals(alias);
    }

    private boolean refersToTarget(SqlNode n) {
        if (isTarget(n)) {
            return true;
        }
        return n instanceof SqlCall call && call.getOperandList().stream().anyMatch(o -> o != null && refersToTarget(o));
    }

    private static String name(SqlNode column) {
        SqlIdentifier id = (SqlIdentifier) column;
        return id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT);
    }

    private SqlNode reject(String message, String suggestion) {
        ctx.unsupported(pos, "MERGE", message, suggestion);
        return null;
    }

    /** A SET expression over the inserted values ({@code VALUES(c)}) and the target's current columns. */
    private final class SetExpression extends SqlShuttle {
        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (isTarget(id)) {
                if (assigned.contains(name(id))) {
                    problem = "SET reads " + name(id) + " after assigning it: MySQL "
                            + "assigns left to right, Oracle from the old row";
                }
                return new SqlIdentifier(List.of(table, name(id)), Z);
            }
            SqlNode value = insertedAs(id);
            if (value == null) {
                problem = "SET uses " + id.toString().toLowerCase(Locale.ROOT) + ", which the INSERT branch does not write: ON DUPLICATE KEY UPDATE "
                        + "sees only the inserted values";
                return id;
            }
            return value;
        }

        @Override
        public SqlNode visit(SqlCall call) {
            SqlNode value = insertedAs(call);
            return value != null ? value : super.visit(call);
        }

        private SqlNode insertedAs(SqlNode n) {
            for (Map.Entry<String, SqlNode> e : inserted.entrySet()) {
                if (e.getValue().equalsDeep(n, Litmus.IGNORE)) {
                    return t("VALUES({0})", new SqlIdentifier(e.getKey(), Z));
                }
            }
            return null;
        }
    }
}
