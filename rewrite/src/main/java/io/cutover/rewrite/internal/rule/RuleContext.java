package io.cutover.rewrite.internal.rule;

import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.rewrite.Catalog;
import io.cutover.rewrite.Issue;
import io.cutover.rewrite.ValueKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlAbstractDateTimeLiteral;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * What the rules of one statement share: the target, the catalog, the rules applied, the issues found,
 * and the kinds of the expressions rules produced.
 */
public final class RuleContext {
    /** An issue at a position in the normalised text; the rewriter maps it back to the script. */
    public record Finding(Issue.Severity severity, SqlParserPos pos, String construct, String message,
                          String suggestion) {
    }

    private final Dialect dialect;
    private final Catalog catalog;
    private final Identifiers identifiers;
    private final Set<String> applied = new LinkedHashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<SqlNode, ValueKind> kinds = new IdentityHashMap<>();
    private int aliases;

    public RuleContext(Dialect dialect, Catalog catalog) {
        this.dialect = dialect;
        this.catalog = catalog;
        this.identifiers = Identifiers.of(dialect);
    }

    public Dialect dialect() {
        return dialect;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The target's identifier policy, shared with the schema step. */
    public Identifiers identifiers() {
        return identifiers;
    }

    public boolean mysql() {
        return dialect.family() == Dialect.Family.MYSQL;
    }

    public void applied(String rule) {
        applied.add(rule);
    }

    public Set<String> appliedRules() {
        return applied;
    }

    public List<Finding> findings() {
        return findings;
    }

    public void warn(SqlParserPos pos, String construct, String message, String suggestion) {
        findings.add(new Finding(Issue.Severity.WARNING, pos, construct, message, suggestion));
    }

    /** Reports a construct without translation; a second report of the same construct is dropped. */
    public void unsupported(SqlParserPos pos, String construct, String message, String suggestion) {
        for (Finding f : findings) {
            if (f.severity() == Issue.Severity.UNSUPPORTED && f.construct().equals(construct)) {
                return;
            }
        }
        findings.add(new Finding(Issue.Severity.UNSUPPORTED, pos, construct, message, suggestion));
    }

    /** A fresh alias for a derived table the target requires to be named. */
    public String nextAlias() {
        return "dt" + (++aliases);
    }

    /** Records the kind of a node a rule produced and returns the node. */
    public <T extends SqlNode> T kind(T node, ValueKind kind) {
        kinds.put(node, kind);
        return node;
    }

    /** The kind of an expression: from the rules, literals, casts, or the catalog. */
    public ValueKind kindOf(SqlNode node) {
        ValueKind k = kinds.get(node);
        if (k != null) {
            return k;
        }
        if (node instanceof SqlCharStringLiteral) {
            return ValueKind.STRING;
        }
        if (node instanceof SqlNumericLiteral) {
            return ValueKind.NUMBER;
        }
        if (node instanceof SqlAbstractDateTimeLiteral
                || node instanceof SqlUnknownLiteral u && u.tag.matches("DATE|TIMESTAMP")) {
            return ValueKind.DATE;
        }
        if (node instanceof SqlIdentifier id) {
            return catalog.kind(id.names.get(id.names.size() - 1));
        }
        if (node instanceof SqlCall call && SqlKind.BINARY_ARITHMETIC.contains(call.getKind())
                && call.getOperandList().stream().allMatch(o -> kindOf(o) == ValueKind.NUMBER)) {
            return ValueKind.NUMBER;
        }
        if (node instanceof SqlCall call && call.getKind() == SqlKind.CAST
                && call.operand(1) instanceof SqlDataTypeSpec spec) {
            SqlTypeNameSpec name = spec.getTypeNameSpec();
            String n = name.getTypeName().getSimple();
            return n.matches("DATE|TIMESTAMP") ? ValueKind.DATE
                    : n.matches("CHAR|VARCHAR") ? ValueKind.STRING : ValueKind.NUMBER;
        }
        return ValueKind.UNKNOWN;
    }
}
