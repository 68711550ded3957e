package io.cutover.rewrite.internal.route;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.TableMapping;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;

/**
 * Finds the mapped tables of a parsed statement, replaces each table name with a marker (see
 * {@link SqlTemplate}), and collects what routing needs: key joins, the outermost query's key condition,
 * the written table and the key values of inserted rows. Mutates the statement; run it before the rules.
 */
final class StatementScan {
    private final ShardRouter router;
    private final MigrationPlan plan;
    private final List<String> bindNames;
    private final Set<String> cteNames = new HashSet<>();
    final List<TableUse> uses = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final KeyLinks links = new KeyLinks();
    final Conditions conditions = new Conditions(links);
    KeyCondition cover = KeyCondition.ANY;
    /** The table an INSERT, UPDATE, DELETE or MERGE writes; null for queries. */
    TableUse written;
    /** The key values of an INSERT's VALUES rows into a sharded table; null otherwise. */
    InsertRows rows;
    /** The branches of an outermost set operation; null otherwise. */
    SetBranches branches;

    StatementScan(ShardRouter router, MigrationPlan plan, List<String> bindNames) {
        this.router = router;
        this.plan = plan;
        this.bindNames = bindNames;
    }

    void statement(SqlNode node) {
        Scope root = new Scope(null);
        switch (node.getKind()) {
            case INSERT -> insert((SqlInsert) node, root);
            case UPDATE -> update((SqlUpdate) node, root);
            case DELETE -> delete((SqlDelete) node, root);
            case MERGE -> merge((SqlMerge) node, root);
            default -> {
                SqlCall set = SetBranches.of(node);
                if (set == null) {
                    cover = query(node, null);
                } else {
                    setOperation(node, set, root);
                }
            }
        }
    }

    /** Scans each branch of an outermost set operation on its own, with its own key condition. */
    private void setOperation(SqlNode node, SqlCall set, Scope scope) {
        branches = new SetBranches();
        branches.operators(set);
        SetBranches.leaves(set, leaf -> {
            int from = uses.size();
            branches.branches.add(new SetBranches.Branch(query(leaf, scope), from, uses.size()));
        });
        if (node instanceof SqlOrderBy ob) {
            nested(ob.orderList, scope);
        }
    }

    /** Scans a query and returns its key condition (a union's branches are OR-ed: a superset is safe). */
    private KeyCondition query(SqlNode node, Scope parent) {
        if (node instanceof SqlSelect s) {
            return select(s, new Scope(parent));
        }
        if (node instanceof SqlOrderBy ob) {
            nested(ob.orderList, parent);
            return query(ob.query, parent);
        }
        if (node instanceof SqlWith w) {
            for (SqlNode item : w.withList) {
                SqlWithItem wi = (SqlWithItem) item;
                cteNames.add(wi.name.getSimple());
                query(wi.query, parent);
            }
            return query(w.body, parent);
        }
        if (node.getKind() == SqlKind.UNION || node.getKind() == SqlKind.INTERSECT
                || node.getKind() == SqlKind.EXCEPT) {
            List<KeyCondition> branches = new ArrayList<>();
            for (SqlNode operand : ((SqlCall) node).getOperandList()) {
                branches.add(query(operand, parent));
            }
            return new KeyCondition.Or(branches);
        }
        nested(node, parent);
        return KeyCondition.ANY;
    }

    private KeyCondition select(SqlSelect s, Scope scope) {
        List<KeyCondition> filters = new ArrayList<>();
        if (s.getFrom() != null) {
            s.setFrom(from(s.getFrom(), scope, filters, true));
        }
        nested(s.getSelectList(), scope);
        nested(s.getWhere(), scope);
        nested(s.getGroup(), scope);
        nested(s.getHaving(), scope);
        nested(s.getOrderList(), scope);
        if (s.getWhere() != null) {
            filters.add(conditions.of(s.getWhere(), scope, bindNames));
        }
        return new KeyCondition.And(filters);
    }

    /**
     * Marks the tables of a FROM item and collects the ON conditions of inner joins into {@code filters}. An
     * outer join's ON still links keys, but does not filter the rows of the result.
     */
    private SqlNode from(SqlNode node, Scope scope, List<KeyCondition> filters, boolean inner) {
        if (node instanceof SqlIdentifier id) {
            return table(id, null, scope, true);
        }
        if (node instanceof SqlJoin j) {
            JoinType type = j.getJoinType();
            boolean innerJoin = inner && (type == JoinType.INNER || type == JoinType.COMMA || type == JoinType.CROSS);
            j.setLeft(from(j.getLeft(), scope, filters, inner && type != JoinType.RIGHT && type != JoinType.FULL));
            j.setRight(from(j.getRight(), scope, filters, innerJoin));
            if (j.getCondition() != null) {
                nested(j.getCondition(), scope);
                KeyCondition on = conditions.of(j.getCondition(), scope, bindNames);
                if (innerJoin) {
                    filters.add(on);
                }
            }
            return j;
        }
        if (node.getKind() == SqlKind.AS) {
            SqlCall as = (SqlCall) node;
            if (as.operand(0) instanceof SqlIdentifier id) {
                as.setOperand(0, table(id, ((SqlIdentifier) as.operand(1)).getSimple(), scope, true));
            } else {
                scope.addUnmapped();
                query(as.operand(0), scope);
            }
            return node;
        }
        scope.addUnmapped();
        query(node, scope);
        return node;
    }

    /**
     * The marker for a mapped table; the name itself for CTEs, DUAL and tables the router does not know.
     * {@code inFrom}: a FROM table, which gets its old name as alias when renamed (DML targets take none).
     */
    private SqlNode table(SqlIdentifier id, String alias, Scope scope, boolean inFrom) {
        String name = id.names.get(id.names.size() - 1);
        if ((id.names.size() == 1 && cteNames.contains(name)) || name.equals("DUAL")) {
            scope.addUnmapped();
            return id;
        }
        TableRoute route;
        try {
            route = router.table(name);
        } catch (CutoverException e) {
            problems.add(e.getMessage());
            scope.addUnmapped();
            return id;
        }
        TableMapping mapping = plan.table(name).orElseThrow();
        TableUse use = new TableUse(uses.size(), alias == null ? name : alias, inFrom && alias == null, route,
                mapping.shardBy());
        uses.add(use);
        scope.add(use);
        return SqlTemplate.marker(use.id(), id.getParserPosition());
    }

    /** Scans subqueries inside expressions. */
    private void nested(SqlNode node, Scope scope) {
        if (node == null) {
            return;
        }
        if (node instanceof SqlSelect || node instanceof SqlOrderBy || node instanceof SqlWith) {
            query(node, scope);
        } else if (node instanceof SqlNodeList list) {
            for (SqlNode n : list) {
                nested(n, scope);
            }
        } else if (node instanceof SqlCall call) {
            if (call.getKind() == SqlKind.UNION || call.getKind() == SqlKind.INTERSECT
                    || call.getKind() == SqlKind.EXCEPT) {
                query(call, scope);
                return;
            }
            for (SqlNode n : call.getOperandList()) {
                nested(n, scope);
            }
        }
    }

    /** Marks the table a DML statement writes; returns its use, or null when it is not mapped. */
    private TableUse target(SqlIdentifier table, SqlIdentifier alias, Scope scope, Consumer<SqlNode> set) {
        int before = uses.size();
        set.accept(table(table, alias == null ? null : alias.getSimple(), scope, false));
        return uses.size() > before ? uses.get(before) : null;
    }

    private void insert(SqlInsert insert, Scope scope) {
        if (!(insert.getTargetTable() instanceof SqlIdentifier id)) {
            problems.add("INSERT into " + insert.getTargetTable() + " is not routed");
            return;
        }
        written = target(id, null, scope, n -> insert.setOperand(1, n));
        SqlNode source = insert.getSource();
        if (written == null || !written.sharded() || source.getKind() == SqlKind.VALUES) {
            nested(source, scope);
            if (written != null && written.sharded()) {
                rows = InsertRows.of(written, insert, bindNames, problems);
            }
        } else if (source instanceof SqlSelect select) {
            Scope selectScope = new Scope(scope);
            cover = select(select, selectScope);
            TableUse from = InsertSource.of(written, insert, select, selectScope, problems);
            for (int k = 0; from != null && k < written.route().keyColumns().size(); k++) {
                links.equal(written, from, k);
            }
        } else {
            nested(source, scope);
            problems.add("INSERT ... SELECT into sharded table " + written.route().sourceTable() + " selects with "
                    + source.getKind() + "; the rows' shard is only known after the SELECT runs: read them and insert "
                    + "through the router");
        }
    }

    private void update(SqlUpdate update, Scope scope) {
        written = target((SqlIdentifier) update.getTargetTable(), update.getAlias(), scope,
                n -> update.setOperand(0, n));
        nested(update.getSourceExpressionList(), scope);
        nested(update.getCondition(), scope);
        if (written != null && written.sharded()) {
            for (SqlNode column : update.getTargetColumnList()) {
                SqlIdentifier c = (SqlIdentifier) column;
                String name = c.names.get(c.names.size() - 1);
                if (written.keyColumn(name) >= 0) {
                    problems.add("UPDATE sets shard key column " + name + " of " + written.route().sourceTable()
                            + ": a changed key moves the row to another physical table; delete the row and insert it "
                            + "with the new key instead");
                }
            }
        }
        cover = update.getCondition() == null ? KeyCondition.ANY
                : conditions.of(update.getCondition(), scope, bindNames);
    }

    private void delete(SqlDelete delete, Scope scope) {
        written = target((SqlIdentifier) delete.getTargetTable(), delete.getAlias(), scope,
                n -> delete.setOperand(0, n));
        nested(delete.getCondition(), scope);
        cover = delete.getCondition() == null ? KeyCondition.ANY
                : conditions.of(delete.getCondition(), scope, bindNames);
    }

    private void merge(SqlMerge merge, Scope scope) {
        written = target((SqlIdentifier) merge.getTargetTable(), merge.getAlias(), scope,
                n -> merge.setOperand(0, n));
        SqlNode source = merge.getSourceTableRef();
        merge.setSourceTableRef(from(source, scope, new ArrayList<>(), true));
        problems.add("MERGE is not routed yet: run it per shard by hand, or split it into UPDATE and INSERT");
    }
}
