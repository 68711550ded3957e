package io.cutover.verify.report;

import io.cutover.verify.Difference;
import io.cutover.verify.RoundResult;
import io.cutover.verify.TableResult;
import io.cutover.verify.VerifyResult;
import java.util.List;

/** A verify result as one self-contained HTML page (no scripts, no external files). */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(VerifyResult r) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>cutover verify ")
                .append(esc(r.job())).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
                        + "td:first-child{text-align:left}.bad{background:#fdd}.ok{background:#dfd}pre{background:#f6f6f6;"
                        + "padding:1em}</style></head><body>\n<h1>cutover verify: ").append(esc(r.job()))
                .append(" (").append(r.mode().name().toLowerCase(java.util.Locale.ROOT)).append(")</h1>\n<p class=\"")
                .append(r.equal() ? "ok\">source and target are equal" : "bad\">differences found").append("</p>\n")
                .append("<table><tr><th>table</th><th>rows</th><th>chunks</th><th>matched</th><th>missing</th>"
                        + "<th>extra</th><th>different</th><th>misplaced</th><th>count</th><th>in flight</th><th>seconds</th></tr>\n");
        for (TableResult t : r.tables()) {
            sb.append("<tr class=\"").append(t.error() == null && t.totalDifferences() == 0 ? "ok" : "bad").append("\"><td>")
                    .append(esc(t.table())).append("</td>");
            if (t.error() != null) {
                sb.append("<td colspan=\"10\">").append(esc(t.error())).append("</td></tr>\n");
                continue;
            }
            for (long v : new long[] {t.sourceRows(), t.chunks(), t.matchedChunks(), TextReport.n(t, Difference.Kind.MISSING),
                TextReport.n(t, Difference.Kind.EXTRA), TextReport.n(t, Difference.Kind.DIFFERENT),
                TextReport.n(t, Difference.Kind.MISPLACED), TextReport.n(t, Difference.Kind.COUNT), t.inFlight()}) {
                sb.append("<td>").append(v).append("</td>");
            }
            sb.append("<td>").append(t.millis() / 1000.0).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        differences(sb, r.tables());
        if (!r.rounds().isEmpty()) {
            sb.append("<h2>Continuous verification</h2>\n<table><tr><th>round</th><th>chunks compared again</th>"
                    + "<th>differences</th><th>in flight</th><th>seconds</th></tr>\n");
            for (RoundResult round : r.rounds()) {
                sb.append("<tr class=\"").append(round.equal() ? "ok" : "bad").append("\"><td>").append(round.round())
                        .append(round.late() ? " (every chunk)" : "").append("</td><td>").append(round.chunks())
                        .append("</td><td>").append(round.differences()).append("</td><td>").append(round.inFlight())
                        .append("</td><td>").append(round.millis() / 1000.0).append("</td></tr>\n");
            }
            sb.append("</table>\n");
            for (RoundResult round : r.rounds()) {
                if (!round.equal()) {
                    sb.append("<h3>Round ").append(round.round()).append("</h3>\n");
                    round.tables().stream().filter(t -> t.error() != null).forEach(t -> sb.append("<p class=\"bad\">")
                            .append(esc(t.table())).append(": ").append(esc(t.error())).append("</p>\n"));
                    differences(sb, round.tables());
                }
            }
        }
        r.repairSql().forEach((shard, sql) -> sb.append("<h2>Fixes for shard ").append(esc(shard)).append("</h2><pre>")
                .append(esc(sql)).append("</pre>\n"));
        return sb.append("</body></html>\n").toString();
    }

    private static void differences(StringBuilder sb, List<TableResult> tables) {
        sb.append("<h2>Differences</h2>\n<table><tr><th>kind</th><th>table</th><th>key</th><th>where</th>"
                + "<th>column</th><th>source</th><th>target</th></tr>\n");
        for (TableResult t : tables) {
            for (Difference d : t.samples()) {
                int rows = Math.max(1, d.columns().size());
                for (int i = 0; i < rows; i++) {
                    Difference.Column c = d.columns().isEmpty() ? null : d.columns().get(i);
                    sb.append("<tr><td>").append(d.kind().name().toLowerCase(java.util.Locale.ROOT)).append("</td><td>")
                            .append(esc(d.table())).append("</td><td>").append(esc(d.key())).append("</td><td>")
                            .append(esc(d.location())).append("</td><td>").append(c == null ? "" : esc(c.name()))
                            .append("</td><td>").append(c == null ? "" : esc(String.valueOf(c.source())))
                            .append("</td><td>").append(c == null ? "" : esc(String.valueOf(c.target()))).append("</td></tr>\n");
                }
            }
        }
        sb.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
