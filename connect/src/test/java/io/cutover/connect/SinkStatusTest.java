package io.cutover.connect;

import static io.cutover.connect.Envelopes.change;
import static io.cutover.connect.Envelopes.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.kafka.SinkStatus;
import io.cutover.mappings.position.Position;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** {@link SinkStatus} read back from what the sink task stored on two real MariaDB shards. */
@Servers(mariadb = 2)
class SinkStatusTest {

    @Test
    void showsEveryTopicPartitionOnEveryShardWithItsRowsAndHighestPosition(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        assertEquals(List.of(List.of(), List.of()), partitions(SinkStatus.read(shards.plan())),
                "nothing applied yet, and no state table: every shard answers with no partitions");

        CutoverSinkTask task = new CutoverSinkTask();
        task.start(shards.sinkProps());
        List<SinkRecord> batch = new ArrayList<>();
        Map<String, long[]> expected = new TreeMap<>(); // "shard topic/partition" -> rows, highest lsn
        Map<Integer, Long> highest = new TreeMap<>();
        int[] partitionsUsed = {0, 2, 10};
        for (long id = 1; id <= 60; id++) {
            int partition = partitionsUsed[(int) (id % 3)];
            long lsn = 5000 + id * 10;
            batch.add(change(partition, id, "c", null, row(id, id * 3, "n"), lsn));
            long[] e = expected.computeIfAbsent(shards.home(id * 3).substring(0, 2) + " " + Envelopes.TOPIC + "/"
                    + partition, k -> new long[2]);
            e[0]++;
            highest.merge(partition, lsn, Math::max);
        }
        // every shard holds all of a partition's batch, so each stores the batch's highest position
        expected.forEach((k, e) -> e[1] = highest.get(Integer.parseInt(k.substring(k.lastIndexOf('/') + 1))));
        task.put(batch);
        task.stop();

        SinkStatus status = SinkStatus.read(shards.plan());
        assertEquals("shop", status.plan());
        Map<String, long[]> found = new TreeMap<>();
        for (SinkStatus.Shard shard : status.shards()) {
            assertNull(shard.problem());
            List<Integer> order = new ArrayList<>();
            for (SinkStatus.Partition p : shard.partitions()) {
                order.add(p.partition());
                Position position = Position.parse(p.position());
                assertEquals(Position.Kind.LSN, position.kind());
                long lsn = Position.lsnValue(p.position().split(":")[2]); // lsn:<order>:<lsn>:<serial>
                found.put(shard.shard() + " " + p.topic() + "/" + p.partition(), new long[] {p.rowsApplied(), lsn});
                assertTrue(p.lagSeconds() >= 0 && p.sourceTime() != null, p.toString());
            }
            assertEquals(order.stream().sorted().toList(), order, "partitions in numeric order: " + order);
        }
        assertEquals(render(expected), render(found));
    }

    private static List<List<SinkStatus.Partition>> partitions(SinkStatus status) {
        return status.shards().stream().map(SinkStatus.Shard::partitions).toList();
    }

    private static List<String> render(Map<String, long[]> m) {
        return m.entrySet().stream().map(e -> e.getKey() + " rows=" + e.getValue()[0] + " lsn=" + e.getValue()[1]).toList();
    }
}
