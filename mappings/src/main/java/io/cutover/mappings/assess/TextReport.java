package io.cutover.mappings.assess;

import io.cutover.mappings.assess.AssessmentReport.ColumnIssue;
import io.cutover.mappings.assess.AssessmentReport.ConstructUse;
import io.cutover.mappings.assess.AssessmentReport.Counts;
import io.cutover.mappings.assess.AssessmentReport.ManualWork;
import io.cutover.mappings.assess.AssessmentReport.TableStatus;
import io.cutover.mappings.ddl.Finding;
import io.cutover.mappings.schema.ManualObject.Kind;
import io.cutover.mappings.schema.Skipped;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link AssessmentReport} as aligned plain text, headline first. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AssessmentReport r) {
        StringBuilder out = new StringBuilder(r.headline()).append("\n\n");
        out.append("Migration level ").append(r.level()).append(": ").append(r.level().meaning()).append('\n');
        out.append("Effort: ").append(r.effort().formula()).append('\n');
        counts(out, r.counts());
        section(out, "Tables" + (r.mapping() == null ? "" : " (placement from " + r.mapping() + ")"), r.tables().size());
        TextTable tables = new TextTable("TABLE", "PLACEMENT", "STATUS", "COLUMNS", "LOSSY", "REVIEW", "WARNINGS",
                "ERRORS");
        for (TableStatus t : r.tables()) {
            tables.row(t.table(), t.placement() == null ? null : lower(t.placement()), lower(t.status()), t.columns(),
                    t.lossy(), t.needsReview(), t.warnings(), t.errors());
        }
        tables.appendTo(out);
        if (section(out, "Columns that change or need review", r.columns().size())) {
            TextTable columns = new TextTable("COLUMN", "SOURCE", "TARGET", "CLASSIFICATION", "REASON");
            for (ColumnIssue c : r.columns()) {
                columns.row(c.table() + "." + c.column(), c.sourceType(), c.targetType(), c.classification(), c.reason());
            }
            columns.appendTo(out);
        }
        if (section(out, "Conversion warnings and errors", r.findings().size())) {
            TextTable findings = new TextTable("SEVERITY", "OBJECT", "MESSAGE");
            for (Finding f : r.findings()) {
                findings.row(f.severity(), f.object(), f.message());
            }
            findings.appendTo(out);
        }
        if (section(out, "Objects to convert by hand, hardest first", r.manualObjects().size())) {
            manual(out, r);
        }
        if (section(out, "Skipped statements", r.skipped().size())) {
            for (Skipped s : r.skipped()) {
                out.append("  ").append(s.location()).append(": ").append(s.reason()).append('\n')
                        .append("      ").append(s.excerpt()).append('\n');
            }
        }
        return out.toString();
    }

    private static void counts(StringBuilder out, Counts c) {
        section(out, "Objects", -1);
        TextTable counts = new TextTable("OBJECT", "COUNT").row("table", c.tables()).row("column", c.columns())
                .row("index", c.indexes()).row("sequence", c.sequences())
                .row("constraint", c.constraints() + "  (" + c.primaryKeys() + " primary, " + c.uniqueKeys()
                        + " unique, " + c.foreignKeys() + " foreign, " + c.checks() + " check)");
        for (Map.Entry<Kind, Integer> e : c.manualObjects().entrySet()) {
            if (e.getValue() > 0) {
                counts.row(lower(e.getKey()).replace('-', ' '), e.getValue());
            }
        }
        counts.appendTo(out);
    }

    private static void manual(StringBuilder out, AssessmentReport r) {
        TextTable objects = new TextTable("SCORE", "KIND", "NAME", "LINES", "LOCATION");
        for (ManualWork m : r.manualObjects()) {
            objects.row(m.score(), lower(m.kind()), m.name(), m.lines(), m.location());
        }
        objects.appendTo(out);
        for (ManualWork m : r.manualObjects()) {
            for (ConstructUse u : m.constructs()) {
                out.append(String.format("  %s: %s x%d (+%d), first at line %d: %s%n", m.name(),
                        u.construct().label(), u.count(), u.points(), u.line(), u.excerpt()));
            }
        }
    }

    /** Appends a section title, with its item count when {@code count >= 0}; true when it has items. */
    private static boolean section(StringBuilder out, String title, int count) {
        out.append('\n').append(title);
        if (count >= 0) {
            out.append(" (").append(count).append(')');
        }
        out.append('\n');
        if (count == 0) {
            out.append("  none\n");
        }
        return count != 0;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
