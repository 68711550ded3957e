package io.cutover.cdc.internal.engine;

import io.cutover.cdc.StreamStatus;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads the Debezium connector's own JMX metrics of one stream: how many changes wait in its queue (the
 * part of the lag the applier has not received yet) and, while the initial snapshot runs, the rows scanned
 * per table. Cold path: called for status, never per event. Missing beans mean "unknown".
 */
public final class SourceMetrics {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName streaming;
    private final ObjectName snapshot;

    public SourceMetrics(String topicPrefix) {
        try {
            // the prefix is [a-z0-9_] (ConnectorProperties), so it needs no quoting
            streaming = new ObjectName("debezium.*:type=connector-metrics,context=streaming,server=" + topicPrefix + ",*");
            snapshot = new ObjectName("debezium.*:type=connector-metrics,context=snapshot,server=" + topicPrefix + ",*");
        } catch (JMException e) {
            throw new IllegalArgumentException("topic prefix " + topicPrefix, e);
        }
    }

    /** Changes in the connector's queue, not yet handed to the applier; -1 when unknown. */
    public long queued() {
        for (ObjectName name : find(streaming)) {
            try {
                int total = ((Number) server.getAttribute(name, "QueueTotalCapacity")).intValue();
                int remaining = ((Number) server.getAttribute(name, "QueueRemainingCapacity")).intValue();
                return Math.max(0, total - remaining);
            } catch (JMException | RuntimeException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Rows scanned per source table while the initial snapshot runs; empty when none runs. */
    public List<StreamStatus.SnapshotTable> snapshot() {
        List<StreamStatus.SnapshotTable> out = new ArrayList<>();
        for (ObjectName name : find(snapshot)) {
            try {
                if (!Boolean.TRUE.equals(server.getAttribute(name, "SnapshotRunning"))) {
                    continue;
                }
                Object scanned = server.getAttribute(name, "RowsScanned");
                if (scanned instanceof Map<?, ?> rows) {
                    Map<String, Long> sorted = new TreeMap<>();
                    for (Map.Entry<?, ?> e : rows.entrySet()) {
                        String table = String.valueOf(e.getKey());
                        sorted.put(table.substring(table.lastIndexOf('.') + 1), ((Number) e.getValue()).longValue());
                    }
                    sorted.forEach((table, n) -> out.add(new StreamStatus.SnapshotTable(table, n)));
                }
            } catch (JMException | RuntimeException e) {
                return List.of();
            }
        }
        return out;
    }

    private Set<ObjectName> find(ObjectName pattern) {
        return server.queryNames(pattern, null);
    }
}
