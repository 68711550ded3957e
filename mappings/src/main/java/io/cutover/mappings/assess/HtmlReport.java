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

/**
 * Renders an {@link AssessmentReport} as one self-contained HTML page (inline CSS, no scripts, no external
 * files) to forward as is. Every text from the schema is escaped.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
            .headline{font-size:1.1em;background:#f4f6f8;border-left:4px solid #456;padding:.6em 1em}
            table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;
            vertical-align:top}th{background:#eef1f4}td.n{text-align:right}code{font-size:.92em}
            .OK,.EXACT{background:#e3f4e1}.WARNINGS,.LOSSY,.WARNING{background:#fff4d6}
            .NEEDS_WORK,.NEEDS_REVIEW,.ERROR{background:#fbe0dd}.EXCLUDED{background:#eee;color:#777}
            .level{font-weight:bold}.none{color:#777}
            """;

    private HtmlReport() {
    }

    public static String render(AssessmentReport r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<title>Cutover assessment: ").append(esc(r.source())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Migration assessment: ").append(esc(r.source())).append(" to ").append(esc(r.target()))
                .append("</h1>\n<p class=\"headline\">").append(esc(r.headline())).append("</p>\n");
        h.append("<p><span class=\"level\">Migration level ").append(r.level()).append("</span>: ")
                .append(esc(r.level().meaning())).append("</p>\n<p>Effort: ").append(esc(r.effort().formula()))
                .append("</p>\n");
        counts(h, r.counts());
        section(h, "Tables" + (r.mapping() == null ? "" : " (placement from " + r.mapping() + ")"), r.tables().size());
        header(h, "Table", "Placement", "Status", "Columns", "Lossy", "Review", "Warnings", "Errors");
        for (TableStatus t : r.tables()) {
            h.append("<tr><td>").append(esc(t.table())).append("</td><td>")
                    .append(t.placement() == null ? "-" : t.placement()).append("</td>");
            cell(h, t.status());
            numbers(h, t.columns(), t.lossy(), t.needsReview(), t.warnings(), t.errors());
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (section(h, "Columns that change or need review", r.columns().size())) {
            header(h, "Column", "Source type", "Target type", "Classification", "Reason");
            for (ColumnIssue c : r.columns()) {
                h.append("<tr><td>").append(esc(c.table() + "." + c.column())).append("</td><td><code>")
                        .append(esc(c.sourceType())).append("</code></td><td><code>").append(esc(c.targetType()))
                        .append("</code></td>");
                cell(h, c.classification());
                h.append("<td>").append(esc(c.reason())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (section(h, "Conversion warnings and errors", r.findings().size())) {
            header(h, "Severity", "Object", "Message");
            for (Finding f : r.findings()) {
                h.append("<tr>");
                cell(h, f.severity());
                h.append("<td>").append(esc(f.object())).append("</td><td>").append(esc(f.message()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (section(h, "Objects to convert by hand, hardest first", r.manualObjects().size())) {
            manual(h, r);
        }
        if (section(h, "Skipped statements", r.skipped().size())) {
            header(h, "Location", "Reason", "Excerpt");
            for (Skipped s : r.skipped()) {
                h.append("<tr><td>").append(esc(s.location().toString())).append("</td><td>").append(esc(s.reason()))
                        .append("</td><td><code>").append(esc(s.excerpt())).append("</code></td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void counts(StringBuilder h, Counts c) {
        section(h, "Objects", -1);
        header(h, "Object", "Count");
        row(h, "tables", c.tables());
        row(h, "columns", c.columns());
        row(h, "indexes", c.indexes());
        row(h, "sequences", c.sequences());
        row(h, "constraints (" + c.primaryKeys() + " primary, " + c.uniqueKeys() + " unique, " + c.foreignKeys()
                + " foreign, " + c.checks() + " check)", c.constraints());
        for (Map.Entry<Kind, Integer> e : c.manualObjects().entrySet()) {
            if (e.getValue() > 0) {
                row(h, e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '), e.getValue());
            }
        }
        h.append("</table>\n");
    }

    private static void manual(StringBuilder h, AssessmentReport r) {
        header(h, "Score", "Kind", "Name", "Lines", "Location", "Constructs found");
        for (ManualWork m : r.manualObjects()) {
            h.append("<tr>");
            numbers(h, m.score());
            h.append("<td>").append(m.kind()).append("</td><td>").append(esc(m.name())).append("</td>");
            numbers(h, m.lines());
            h.append("<td>").append(esc(m.location().toString())).append("</td><td>");
            if (m.constructs().isEmpty()) {
                h.append("<span class=\"none\">none</span>");
            }
            for (ConstructUse u : m.constructs()) {
                h.append(esc(u.construct().label())).append(" &times;").append(u.count()).append(" (+")
                        .append(u.points()).append("), first at line ").append(u.line()).append(": <code>")
                        .append(esc(u.excerpt())).append("</code><br>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static boolean section(StringBuilder h, String title, int count) {
        h.append("<h2>").append(esc(title)).append(count >= 0 ? " (" + count + ")" : "").append("</h2>\n");
        if (count == 0) {
            h.append("<p class=\"none\">None.</p>\n");
        }
        return count != 0;
    }

    private static void header(StringBuilder h, String... titles) {
        h.append("<table>\n<tr>");
        for (String t : titles) {
            h.append("<th>").append(t).append("</th>");
        }
        h.append("</tr>\n");
    }

    private static void row(StringBuilder h, String label, int count) {
        h.append("<tr><td>").append(esc(label)).append("</td>");
        numbers(h, count);
        h.append("</tr>\n");
    }

    /** A cell coloured by its value's class (see the CSS). */
    private static void cell(StringBuilder h, Enum<?> value) {
        h.append("<td class=\"").append(value.name()).append("\">").append(value.name().replace('_', ' '))
                .append("</td>");
    }

    private static void numbers(StringBuilder h, int... values) {
        for (int v : values) {
            h.append("<td class=\"n\">").append(v).append("</td>");
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
