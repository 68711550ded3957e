package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.schema.Check;
import io.cutover.mappings.schema.ForeignKey;
import io.cutover.mappings.schema.Index;
import io.cutover.mappings.schema.Key;
import io.cutover.mappings.schema.Table;
import io.cutover.mappings.types.ColumnMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the constraints and indexes of one table for the target, reporting what cannot be kept. */
final class TablePlanner {
    private static final Pattern CASE_FUNCTION = Pattern.compile(
            "\\s*(UPPER|LOWER)\\s*\\(\\s*(\"[^\"]+\"|[A-Za-z][A-Za-z0-9_$#]*)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);
    /** A plain column among the items of a function-based index, e.g. the second of {@code (LOWER(NAME), CODE)}. */
    private static final Pattern COLUMN = Pattern.compile("\\s*(\"[^\"]+\"|[A-Za-z][A-Za-z0-9_$#]*)\\s*");

    private final Dialect dialect;
    private final Identifiers ids;
    private final ForeignKeyPolicy foreignKeys;
    private final Findings findings;

    TablePlanner(Dialect dialect, Identifiers ids, ConversionOptions options, Findings findings) {
        this.dialect = dialect;
        this.ids = ids;
        this.foreignKeys = new ForeignKeyPolicy(options);
        this.findings = findings;
    }

    TablePlan plan(TableLayout layout, List<TablePlan.ColumnDef> columns, List<ColumnMapping> mappings,
                   List<Index> indexes, Map<String, TableLayout> layouts) {
        Table t = layout.table();
        if (t.partitioned()) {
            findings.info(t.name(), "partitioned in Oracle; each physical target table is a plain table");
        }
        TablePlan.KeyDef pk = t.primaryKey() == null ? null : key(layout, t.primaryKey(), "primary key");
        List<TablePlan.KeyDef> uniques = new ArrayList<>();
        for (Key k : t.uniqueKeys()) {
            uniques.add(key(layout, k, "unique key"));
        }
        List<TablePlan.CheckDef> checks = new ArrayList<>();
        for (Check c : t.checks()) {
            String expr = SimpleExpression.translate(c.condition(), n -> column(t, n), ids);
            if (expr == null) {
                findings.warning(name(t, c.name()), "CHECK (" + c.condition() + ") not translated; add it by hand");
            } else {
                checks.add(new TablePlan.CheckDef(c.name() == null ? null : ids.name(c.name()), expr));
                if (dialect == Dialect.TIDB) {
                    findings.info(name(t, c.name()), "TiDB enforces CHECK only with tidb_enable_check_constraint=ON");
                }
            }
        }
        List<TablePlan.IndexDef> out = new ArrayList<>();
        for (Index i : indexes) {
            TablePlan.IndexDef def = index(layout, i, mappings);
            if (def != null) {
                out.add(def);
            }
        }
        List<TablePlan.FkDef> fks = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            TableLayout parent = layouts.get(fk.referencedTable());
            ForeignKeyPolicy.Decision d = foreignKeys.decide(fk, layout, parent);
            if (d.pairing() == ForeignKeyPolicy.Pairing.DROPPED) {
                findings.warning(name(t, fk.name()), "foreign key to " + fk.referencedTable() + " dropped: " + d.reason());
            } else {
                if (d.pairing() == ForeignKeyPolicy.Pairing.SAME_INDEX) {
                    findings.info(name(t, fk.name()), "foreign key kept: " + d.reason());
                }
                fks.add(new TablePlan.FkDef(ids.name(fk.name()), names(fk.columns()), parent,
                        names(fk.referencedColumns()), fk.onDelete(), d.pairing()));
            }
        }
        return new TablePlan(layout, columns, pk, uniques, checks, t.comment(), out, fks);
    }

    private TablePlan.KeyDef key(TableLayout layout, Key k, String what) {
        warnIfNotGlobal(layout, k.name(), k.columns(), what);
        return new TablePlan.KeyDef(k.name() == null ? null : ids.name(k.name()), names(k.columns()));
    }

    private TablePlan.IndexDef index(TableLayout layout, Index i, List<ColumnMapping> mappings) {
        Table t = layout.table();
        List<TablePlan.IndexPart> parts = new ArrayList<>();
        for (String c : i.columns()) {
            parts.add(new TablePlan.IndexPart(ids.name(c), null, null));
        }
        for (String e : i.expressions()) {
            Matcher plain = COLUMN.matcher(e);
            if (plain.matches() && t.column(sourceColumn(plain.group(1))) != null) {
                parts.add(new TablePlan.IndexPart(ids.name(sourceColumn(plain.group(1))), null, null));
                continue;
            }
            Matcher m = CASE_FUNCTION.matcher(e);
            String source = m.matches() ? sourceColumn(m.group(2)) : null;
            if (source == null || t.column(source) == null) {
                findings.warning(name(t, i.name()), "function-based index on " + e + " needs manual conversion; "
                        + "not created");
                return null;
            }
            String type = mappings.get(t.columns().indexOf(t.column(source))).targetType();
            parts.add(new TablePlan.IndexPart(null, m.group(1).toLowerCase(Locale.ROOT) + "(" + ids.sql(ids.name(source))
                    + ")", type));
        }
        if (i.unique()) {
            warnIfNotGlobal(layout, i.name(), i.columns(), "unique index");
        }
        if (i.functionBased() && dialect == Dialect.MARIADB) {
            findings.info(name(t, i.name()), "MariaDB has no expression indexes: an invisible virtual column holds "
                    + String.join(", ", i.expressions()));
        }
        return new TablePlan.IndexDef(ids.name(i.name()), i.unique(), parts);
    }

    /** A unique key of a sharded table that lacks shard key columns holds per physical table only. */
    private void warnIfNotGlobal(TableLayout layout, String name, List<String> columns, String what) {
        if (layout.placement() != Placement.SHARDED || layout.all().size() < 2) {
            return;
        }
        List<String> shardKey = layout.mapping().shardBy().columns();
        if (!upper(columns).containsAll(upper(shardKey))) {
            findings.warning(name(layout.table(), name), what + " (" + String.join(", ", columns) + ") does not "
                    + "include the shard key (" + String.join(", ", shardKey) + "): it is enforced per physical "
                    + "table only, not across the table");
        }
    }

    private static List<String> upper(List<String> names) {
        return names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList();
    }

    private String column(Table t, String sourceName) {
        return t.column(sourceName) == null ? null : ids.sql(ids.name(sourceName));
    }

    private static String sourceColumn(String written) {
        return written.startsWith("\"") ? written.substring(1, written.length() - 1) : written.toUpperCase(Locale.ROOT);
    }

    private List<String> names(List<String> sourceNames) {
        return sourceNames.stream().map(ids::name).toList();
    }

    private static String name(Table t, String constraint) {
        return constraint == null ? t.name() : t.name() + "." + constraint;
    }
}
