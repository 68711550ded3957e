package io.cutover.cli.snapshot;

import io.cutover.cdc.snapshot.SnapshotResult;
import io.cutover.cdc.snapshot.TableProgress;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Text output of cutover snapshot: a progress line per table, and the summary table at the end. */
final class SnapshotText {
    private SnapshotText() {
    }

    static String progressLine(TableProgress t) {
        double eta = t.etaSeconds();
        return String.format(Locale.ROOT, "%s: %,d/%,d rows, chunks %d/%d, %,.0f rows/s, ETA %s", t.table(),
                t.rowsDone(), t.rowsTotal(), t.chunksDone(), t.chunksTotal(), t.rowsPerSecond(),
                eta < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f s", eta));
    }

    static void summary(PrintWriter out, SnapshotResult r) {
        if (r.method() != null) {
            out.println("point: " + r.point() + (r.readPoint() != null && !r.readPoint().equals(r.point())
                    ? " (this run read at " + r.readPoint() + ")" : ""));
        }
        r.notes().forEach(n -> out.println(n));
        List<TableProgress> tables = r.tables();
        if (!tables.isEmpty()) {
            out.println(String.format(Locale.ROOT, "%-24s %12s %12s %8s %8s %10s %8s", "table", "rows", "of", "chunks",
                    "kept", "rows/s", "seconds"));
            for (TableProgress t : tables) {
                out.println(String.format(Locale.ROOT, "%-24s %,12d %,12d %8d %8d %,10.0f %8.1f", t.table(), t.rowsDone(),
                        t.rowsTotal(), t.chunksDone(), t.chunksKept(), t.rowsPerSecond(), t.seconds()));
            }
        }
        out.println(String.format(Locale.ROOT, "%s in %.1f s%s", r.outcome().name().toLowerCase(Locale.ROOT),
                r.seconds(), r.outcome() == SnapshotResult.Outcome.FINISHED ? "; cutover stream continues from "
                        + r.point() : ""));
        out.flush();
    }
}
