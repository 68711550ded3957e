package io.cutover.cli.stream;

import io.cutover.cdc.StreamStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A stream's status as text (progress line, tables) and as the JSON shape of {@code stream status --json}. */
final class StatusText {
    private StatusText() {
    }

    static long total(StreamStatus status) {
        long sum = 0;
        for (StreamStatus.ShardStatus s : status.shards()) {
            sum += s.rowsApplied();
        }
        return sum;
    }

    /** e.g. {@code 12,345 changes applied, highest lag 0.4 s} */
    static String totals(StreamStatus status) {
        return String.format(Locale.ROOT, "%,d changes applied, highest lag %s", total(status), seconds(maxLag(status)));
    }

    /** e.g. {@code streaming  12,345 changes  2,310/s  lag 0.4 s, 120 events | snapshot orders 1,200 rows} */
    static String progress(StreamStatus status, double rate) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s %,d changes  %,.0f/s  lag %s, %s events",
                status.state().name().toLowerCase(Locale.ROOT), total(status), rate, seconds(maxLag(status)),
                maxEvents(status) < 0 ? "?" : String.format(Locale.ROOT, "%,d", maxEvents(status))));
        if (!status.snapshot().isEmpty()) {
            line.append(" | snapshot");
            for (StreamStatus.SnapshotTable t : status.snapshot()) {
                line.append(String.format(Locale.ROOT, " %s %,d rows", t.table(), t.rowsScanned()));
            }
        }
        if (status.message() != null) {
            line.append(" | ").append(status.message());
        }
        return line.toString();
    }

    /** The readable form of {@code stream status}: one table per shard, one per physical table. */
    static void print(PrintWriter out, StreamStatus status) {
        out.printf("stream %s%s%n%n", status.job(), status.message() == null ? "" : ": " + status.message());
        out.printf("%-12s %14s  %-9s %-11s  %s%n", "SHARD", "ROWS APPLIED", "LAG", "LAG EVENTS", "POSITION");
        for (StreamStatus.ShardStatus s : status.shards()) {
            out.printf("%-12s %,14d  %-9s %-11s  %s%n", s.shard(), s.rowsApplied(), seconds(s.lagSeconds()),
                    s.lagEvents() < 0 ? "-" : String.format(Locale.ROOT, "%,d", s.lagEvents()),
                    s.problem() != null ? s.problem() : s.position() == null ? "-" : s.position());
        }
        if (!status.tables().isEmpty()) {
            out.printf("%n%-12s %-24s %14s  %-9s %s%n", "SHARD", "TABLE", "ROWS APPLIED", "LAG", "POSITION");
            for (StreamStatus.TableStatus t : status.tables()) {
                out.printf("%-12s %-24s %,14d  %-9s %s%n", t.shard(), t.physicalTable(), t.rowsApplied(),
                        seconds(t.lagSeconds()), t.position() == null ? "-" : t.position());
            }
        }
        out.flush();
    }

    /** Plain maps and strings, so the JSON needs no date-time module and keeps a fixed field order. */
    static Map<String, Object> json(StreamStatus status) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("job", status.job());
        root.put("message", status.message());
        root.put("shards", status.shards().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shard", s.shard());
            m.put("rowsApplied", s.rowsApplied());
            m.put("position", s.position());
            m.put("sourceTime", s.sourceTime() == null ? null : s.sourceTime().toString());
            m.put("lagSeconds", s.lagSeconds() < 0 ? null : s.lagSeconds());
            m.put("lagEvents", s.lagEvents() < 0 ? null : s.lagEvents());
            m.put("problem", s.problem());
            return m;
        }).toList());
        root.put("tables", status.tables().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shard", t.shard());
            m.put("table", t.physicalTable());
            m.put("rowsApplied", t.rowsApplied());
            m.put("position", t.position());
            m.put("sourceTime", t.sourceTime() == null ? null : t.sourceTime().toString());
            m.put("lagSeconds", t.lagSeconds() < 0 ? null : t.lagSeconds());
            return m;
        }).toList());
        return root;
    }

    private static double maxLag(StreamStatus status) {
        double max = -1;
        for (StreamStatus.ShardStatus s : status.shards()) {
            max = Math.max(max, s.lagSeconds());
        }
        return max;
    }

    private static long maxEvents(StreamStatus status) {
        long max = -1;
        for (StreamStatus.ShardStatus s : status.shards()) {
            max = Math.max(max, s.lagEvents());
        }
        return max;
    }

    private static String seconds(double lag) {
        return lag < 0 ? "-" : String.format(Locale.ROOT, "%.1f s", lag);
    }

    static boolean anyUnreachable(List<StreamStatus.ShardStatus> shards) {
        for (StreamStatus.ShardStatus s : shards) {
            if (s.problem() != null) {
                return true;
            }
        }
        return false;
    }
}
