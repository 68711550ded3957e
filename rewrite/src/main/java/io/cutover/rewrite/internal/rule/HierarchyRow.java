package io.cutover.rewrite.internal.rule;

import io.cutover.rewrite.internal.lex.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A hierarchical-clause expression evaluated on one row of the recursive CTE's member: plain columns of the
 * row (qualified with its alias), {@code PRIOR} columns of the parent row {@code CB_P}, {@code LEVEL} as the
 * level the row gets. Counts the columns it qualifies, keeps the PRIOR expressions (the cycle key) and notes
 * subqueries, which the rule rejects.
 */
final class HierarchyRow extends SqlShuttle {
    static final String PARENT = "CB_P";
    /** Names that are no columns (the rules translate them). */
    private static final Set<String> PSEUDO = Set.of("SYSDATE", "SYSTIMESTAMP", "CURRENT_DATE", "USER", "ROWNUM");

    private final String row;
    private final SqlNode level;
    final List<SqlNode> priors = new ArrayList<>();
    int columns;
    boolean subquery;

    private HierarchyRow(String row, SqlNode level) {
        this.row = row;
        this.level = level;
    }

    /** For a row of alias {@code row} whose LEVEL is {@code level}. */
    static HierarchyRow of(String row, SqlNode level) {
        return new HierarchyRow(row, level);
    }

    static SqlIdentifier id(String... names) {
        return new SqlIdentifier(List.of(names), SqlParserPos.ZERO);
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (id.isSimple() && id.getSimple().equals("LEVEL")) {
            return level;
        }
        if (id.isSimple() && PSEUDO.contains(id.getSimple())) {
            return id;
        }
        columns++;
        return id(row, id.names.get(id.names.size() - 1));
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call instanceof SqlSelect) {
            subquery = true;
            return call;
        }
        if (call.getOperator().getName().equals(Normalizer.PRIOR)) {
            priors.add(call.operand(0));
            HierarchyRow parent = new HierarchyRow(PARENT, id(PARENT, "CB_LEVEL"));
            SqlNode out = call.operand(0).accept(parent);
            columns += parent.columns;
            subquery |= parent.subquery;
            return out;
        }
        return super.visit(call);
    }
}
