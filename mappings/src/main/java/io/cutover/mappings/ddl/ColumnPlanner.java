package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.Column;
import io.cutover.mappings.schema.Table;
import io.cutover.mappings.types.Classification;
import io.cutover.mappings.types.ColumnMapping;
import io.cutover.mappings.types.TypeMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Column definitions of one table: target name and type, translated default, and the ID strategy.
 * Generated values (identity, {@code seq.NEXTVAL} defaults) are kept as such only when all rows live in
 * one physical table; elsewhere the column is plain so that copied IDs land unchanged, and the
 * {@link IdPlan} says how new IDs stay unique after cutover.
 */
final class ColumnPlanner {
    private final Dialect dialect;
    private final Identifiers ids;
    private final TypeMapper types;
    private final Findings findings;

    ColumnPlanner(Dialect dialect, Identifiers ids, TypeMapper types, Findings findings) {
        this.dialect = dialect;
        this.ids = ids;
        this.types = types;
        this.findings = findings;
    }

    /**
     * @param sequenceUsers filled with sequence name to the {@code TABLE.COLUMN}s whose default draws from it
     * @param identities    filled with the ID plans of identity columns
     */
    List<TablePlan.ColumnDef> plan(TableLayout layout, List<ColumnMapping> mappings, Map<String, List<String>> sequenceUsers,
                                   List<IdPlan> identities) {
        Table table = layout.table();
        boolean single = layout.onePhysicalTable();
        List<TablePlan.ColumnDef> out = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            ColumnMapping m = mappings.get(i);
            String object = table.name() + "." + c.name();
            report(object, m);
            String name = ids.name(c.name());
            if (!name.equals(ids.fold(c.name()))) {
                findings.info(object, "name longer than " + ids.maxLength() + ", shortened to " + name);
            }
            DefaultValue d = DefaultValue.translate(c.defaultExpression(), m.target(), dialect.family(), ids);
            if (d.problem() != null) {
                findings.warning(object, d.problem());
            }
            String defaultSql = d.sql();
            boolean generated = false;
            if (d.sequence() != null) {
                sequenceUsers.computeIfAbsent(d.sequence(), k -> new ArrayList<>()).add(object);
                if (single && dialect.family() == Dialect.Family.POSTGRESQL) {
                    defaultSql = "nextval(" + ids.literal(ids.sql(ids.name(d.sequence()))) + ")";
                } else {
                    generated = single && autoIncrementAllowed(table, c, object);
                    if (!single) {
                        findings.info(object, "DEFAULT " + c.defaultExpression() + " not kept: the table spans "
                                + "several physical tables, copied IDs land unchanged; see the global ID plan");
                    }
                }
            }
            if (c.invisible()) {
                findings.warning(object, "INVISIBLE in Oracle (left out of SELECT * and of INSERT without a column "
                        + "list); a normal column on the target: check statements that rely on it being hidden");
            }
            String generatedAs = c.virtualExpression() == null ? null : generatedAs(table, c, object);
            if (c.identity()) {
                generated = single && (dialect.family() == Dialect.Family.POSTGRESQL
                        || autoIncrementAllowed(table, c, object));
                identities.add(identityPlan(layout, object, generated));
            }
            out.add(new TablePlan.ColumnDef(name, m.targetType(), !c.nullable() || c.identity(), defaultSql, generated,
                    c.comment(), generatedAs));
        }
        return out;
    }

    /**
     * The target expression of a virtual column, or null when it does not translate: then the column is plain,
     * filled by the copy but not computed for new rows, and reported as needing review.
     */
    private String generatedAs(Table table, Column c, String object) {
        String sql = SimpleExpression.translate(c.virtualExpression(),
                n -> table.column(n) == null ? null : ids.sql(ids.name(n)), ids);
        if (sql == null) {
            findings.warning(object, "needs review: virtual column AS (" + c.virtualExpression() + ") has no "
                    + "automatic translation; created as a plain column that the copy fills but new rows do not: "
                    + "make it a generated column (or compute it in the application) by hand");
        } else {
            findings.info(object, "virtual column AS (" + c.virtualExpression() + ") becomes a generated column AS ("
                    + sql + ")" + (dialect.family() == Dialect.Family.POSTGRESQL ? ", STORED (computed on write)" : ""));
        }
        return sql;
    }

    private void report(String object, ColumnMapping m) {
        String what = m.source().text() + " -> " + m.targetType() + ": " + m.reason();
        if (m.override() != null) {
            findings.info(object, what + " (" + m.classification() + ")");
        } else if (m.classification() == Classification.LOSSY || m.classification() == Classification.NEEDS_REVIEW) {
            findings.warning(object, m.classification() + " " + what);
        } else if (!m.targetType().equals(types.builtIn(m.source()).sql())) {
            findings.info(object, what);
        }
    }

    /** MySQL allows one AUTO_INCREMENT column per table, and it must lead a key: here, a one-column primary key. */
    private boolean autoIncrementAllowed(Table table, Column c, String object) {
        boolean ok = table.primaryKey() != null && table.primaryKey().columns().equals(List.of(c.name()));
        if (!ok) {
            findings.warning(object, "not AUTO_INCREMENT: only a one-column primary key can be; the application "
                    + "must supply values");
        }
        return ok;
    }

    private IdPlan identityPlan(TableLayout layout, String object, boolean generated) {
        int shards = layout.byShard().size();
        String action = !generated
                ? "plain column: after cutover generate IDs per shard (start above MAX, step " + shards
                + ") or from a central ID service"
                : dialect.family() == Dialect.Family.POSTGRESQL
                ? "identity: after the copy run setval(pg_get_serial_sequence(table, column), MAX(column))"
                : "AUTO_INCREMENT continues above MAX(column) by itself";
        return new IdPlan(object, List.of(object), 1, 1, shards, action);
    }
}
