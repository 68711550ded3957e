package io.cutover.verify.report;

import io.cutover.verify.Difference;
import io.cutover.verify.RoundResult;
import io.cutover.verify.TableResult;
import io.cutover.verify.VerifyResult;
import java.util.List;
import java.util.Locale;

/** A verify result as plain text: one summary line per table, then the sample differences and any fix SQL. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(VerifyResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %10s %7s %8s %8s %8s %9s %9s %6s %8s%n", "table", "rows", "chunks",
                "matched", "missing", "extra", "different", "misplaced", "count", "time"));
        for (TableResult t : r.tables()) {
            if (t.error() != null) {
                sb.append(String.format(Locale.ROOT, "%-24s error: %s%n", t.table(), t.error()));
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-24s %10d %7d %8d %8d %8d %9d %9d %6d %7.1fs%s%n", t.table(),
                    t.sourceRows(), t.chunks(), t.matchedChunks(), n(t, Difference.Kind.MISSING),
                    n(t, Difference.Kind.EXTRA), n(t, Difference.Kind.DIFFERENT), n(t, Difference.Kind.MISPLACED),
                    n(t, Difference.Kind.COUNT), t.millis() / 1000.0,
                    (t.inFlight() > 0 ? " (" + t.inFlight() + " in flight, settled on re-check)" : "")
                    + (t.resumedChunks() > 0 ? " (" + t.resumedChunks() + " chunks from the interrupted run)" : "")));
        }
        samples(sb, r.tables());
        r.repairSql().forEach((shard, sql) -> sb.append("\n-- fixes for shard ").append(shard).append('\n').append(sql));
        r.repaired().forEach((shard, n) -> sb.append("repaired shard ").append(shard).append(": ").append(n)
                .append(" statement(s)\n"));
        r.rounds().forEach(round -> sb.append(round(round)));
        if (r.stopped()) {
            sb.append("stopped before the end; run again to continue\n");
        }
        sb.append(r.failed() ? "some tables could not be compared\n" : r.equal() ? "source and target are equal\n"
                : "differences found\n");
        return sb.toString();
    }

    /**
     * One continuous-verification round: a line with the chunks compared again per table, the differences that
     * persisted and those in flight, then the differences as in the full report.
     */
    public static String round(RoundResult r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "round %d: %d chunk%s compared again", r.round(),
                r.chunks(), r.chunks() == 1 ? "" : "s"));
        if (!r.tables().isEmpty()) {
            sb.append(" (");
            for (int i = 0; i < r.tables().size(); i++) {
                TableResult t = r.tables().get(i);
                sb.append(i == 0 ? "" : ", ").append(t.table()).append(' ').append(t.chunks());
            }
            sb.append(')');
        }
        sb.append(String.format(Locale.ROOT, ", %d difference%s, %d in flight, %.1fs%s%n", r.differences(),
                r.differences() == 1 ? "" : "s", r.inFlight(), r.millis() / 1000.0,
                r.late() ? " (the stream's log of changed keys had gaps: every chunk compared)" : ""));
        for (TableResult t : r.tables()) {
            if (t.error() != null) {
                sb.append(t.table()).append(" error: ").append(t.error()).append('\n');
            }
        }
        samples(sb, r.tables());
        return sb.toString();
    }

    private static void samples(StringBuilder sb, List<TableResult> tables) {
        for (TableResult t : tables) {
            for (Difference d : t.samples()) {
                sb.append(d.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(d.table()).append(' ')
                        .append(d.key()).append(" at ").append(d.location());
                for (Difference.Column c : d.columns()) {
                    sb.append("\n    ").append(c.name()).append(": source ").append(shown(c.source()))
                            .append(", target ").append(shown(c.target()));
                }
                sb.append('\n');
            }
            if (t.totalDifferences() > t.samples().size()) {
                sb.append("... ").append(t.totalDifferences() - t.samples().size()).append(" more in ")
                        .append(t.table()).append('\n');
            }
        }
    }

    static long n(TableResult t, Difference.Kind kind) {
        return t.differences().getOrDefault(kind, 0L);
    }

    private static String shown(String v) {
        return v == null ? "NULL" : "'" + v + "'";
    }
}
