package io.cutover.cli.connect;

import io.cutover.cdc.kafka.SinkStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code connect status} as text and as JSON. */
final class ConnectStatusText {
    private ConnectStatusText() {
    }

    static void print(PrintWriter out, SinkStatus sink, List<ConnectorState> connectors) {
        long rows = 0;
        int partitions = 0;
        double lag = -1;
        for (SinkStatus.Shard s : sink.shards()) {
            for (SinkStatus.Partition p : s.partitions()) {
                rows += p.rowsApplied();
                partitions++;
                lag = Math.max(lag, p.lagSeconds());
            }
        }
        out.printf(Locale.ROOT, "sink %s: %,d changes applied over %d shard partition positions, highest lag %s%n%n",
                sink.plan(), rows, partitions, seconds(lag));
        out.printf("%-12s %-40s %14s  %-9s %s%n", "SHARD", "TOPIC/PARTITION", "ROWS APPLIED", "LAG", "POSITION");
        for (SinkStatus.Shard s : sink.shards()) {
            if (s.problem() != null) {
                out.printf("%-12s %s%n", s.shard(), s.problem());
            } else if (s.partitions().isEmpty()) {
                out.printf("%-12s %s%n", s.shard(), "(nothing applied yet)");
            }
            for (SinkStatus.Partition p : s.partitions()) {
                out.printf(Locale.ROOT, "%-12s %-40s %,14d  %-9s %s%n", s.shard(), p.topic() + "/" + p.partition(),
                        p.rowsApplied(), seconds(p.lagSeconds()), p.position());
            }
        }
        if (!connectors.isEmpty()) {
            out.printf("%n%-32s %-10s %s%n", "CONNECTOR", "STATE", "WORKER");
            for (ConnectorState c : connectors) {
                out.printf("%-32s %-10s %s%n", c.name(), c.state(), c.worker() == null ? "-" : c.worker());
                for (ConnectorState.Task t : c.tasks()) {
                    out.printf("%-32s %-10s %s%s%n", "  task " + t.id(), t.state(), t.worker() == null ? "-" : t.worker(),
                            t.error() == null ? "" : "  " + t.error());
                }
            }
        }
        out.flush();
    }

    /** Plain maps, so the JSON keeps a fixed field order and needs no date-time module. */
    static Map<String, Object> json(SinkStatus sink, List<ConnectorState> connectors) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", sink.plan());
        root.put("shards", sink.shards().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shard", s.shard());
            m.put("problem", s.problem());
            m.put("partitions", s.partitions().stream().map(p -> {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("topic", p.topic());
                pm.put("partition", p.partition());
                pm.put("rowsApplied", p.rowsApplied());
                pm.put("position", p.position());
                pm.put("sourceTime", p.sourceTime().toString());
                pm.put("lagSeconds", p.lagSeconds());
                return pm;
            }).toList());
            return m;
        }).toList());
        root.put("connectors", connectors);
        return root;
    }

    private static String seconds(double lag) {
        return lag < 0 ? "-" : String.format(Locale.ROOT, "%.1f s", lag);
    }
}
