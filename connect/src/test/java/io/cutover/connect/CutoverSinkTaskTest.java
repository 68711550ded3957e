package io.cutover.connect;

import static io.cutover.connect.Envelopes.change;
import static io.cutover.connect.Envelopes.read;
import static io.cutover.connect.Envelopes.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.kafka.RecordApplier;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** The sink task fed Debezium-shaped records, applying into two real MariaDB shards. */
@Servers(mariadb = 2)
class CutoverSinkTaskTest {
    private static final TopicPartition P0 = new TopicPartition(Envelopes.TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(Envelopes.TOPIC, 1);

    @Test
    void routesEveryRowThroughTheShardRouterAndCollapsesChangesToOneKey(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        CutoverSinkTask task = started(shards);
        List<SinkRecord> batch = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            batch.add(change((int) (id % 2), id, "c", null, row(id, id * 7, "n" + id), 1000 + id));
            expected.add(shards.home(id * 7) + " " + id + " " + id * 7 + " n" + id);
        }
        // one key inserted, updated, deleted and inserted again within one put: the last state wins
        batch.add(change(1, 41, "c", null, row(100, 5, "a"), 2001));
        batch.add(change(1, 42, "u", row(100, 5, "a"), row(100, 5, "b"), 2002));
        batch.add(change(1, 43, "d", row(100, 5, "b"), null, 2003));
        batch.add(change(1, 44, "c", null, row(100, 5, "c"), 2004));
        batch.add(change(0, 45, "c", null, row(101, 6, "gone"), 2005));
        batch.add(change(0, 46, "d", row(101, 6, "gone"), null, 2006));
        expected.add(shards.home(5) + " 100 5 c");
        task.put(batch);
        task.stop();
        expected.sort(null);
        assertEquals(expected, shards.dump());
        List<Object> shardsWritten = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            shardsWritten.add(shards.rows(s, "SELECT COUNT(*) FROM cutover_position").get(0)[0]);
        }
        assertTrue(shardsWritten.stream().allMatch(n -> ((Number) n).longValue() > 0), "both shards hold positions");
    }

    @Test
    void aRowWhoseCustomerChangesMovesToTheShardOfItsNewCustomer(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        long from = 1;
        long to = 2;
        while (shards.home(to).charAt(1) == shards.home(from).charAt(1)) {
            to++;
        }
        CutoverSinkTask task = started(shards);
        task.put(List.of(change(0, 0, "c", null, row(9, from, "here"), 100)));
        task.put(List.of(change(0, 1, "u", row(9, from, "here"), row(9, to, "there"), 101)));
        task.stop();
        assertEquals(List.of(shards.home(to) + " 9 " + to + " there"), shards.dump());
    }

    @Test
    void preCommitReturnsTheOffsetAfterTheLastAppliedRecordOfEachPartitionOnly(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        CutoverSinkTask task = started(shards);
        task.put(List.of(change(0, 10, "c", null, row(1, 1, "x"), 100), change(0, 11, "c", null, row(2, 2, "x"), 101)));
        Map<TopicPartition, OffsetAndMetadata> offered = Map.of(P0, new OffsetAndMetadata(99), P1,
                new OffsetAndMetadata(99));
        assertEquals(Map.of(P0, new OffsetAndMetadata(12)), task.preCommit(offered));
        task.stop();
    }

    @Test
    void redeliveryAfterATaskRestartChangesNothing(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        List<SinkRecord> first = List.of(change(0, 0, "c", null, row(1, 10, "v1"), 500),
                change(1, 0, "c", null, row(2, 20, "v1"), 100));
        List<SinkRecord> second = List.of(change(0, 1, "u", row(1, 10, "v1"), row(1, 10, "v2"), 501),
                change(1, 1, "d", row(2, 20, "v1"), null, 101));
        CutoverSinkTask task = started(shards);
        task.put(first);
        task.put(second);
        List<String> before = shards.dump();
        task.stop(); // as if it died before Connect committed any offset

        CutoverSinkTask restarted = started(shards);
        restarted.put(first);
        assertEquals(before, shards.dump(), "the redelivered inserts are below the stored positions");
        restarted.put(second);
        restarted.put(List.of(change(1, 2, "c", null, row(2, 20, "v3"), 102)));
        restarted.stop();
        assertEquals(List.of(shards.home(10) + " 1 10 v2", shards.home(20) + " 2 20 v3").stream().sorted().toList(),
                shards.dump());
    }

    @Test
    void eachPartitionKeepsItsOwnPositionsSoALaggingPartitionIsNotSkipped(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        CutoverSinkTask task = started(shards);
        // partition 0 runs ahead at high LSNs on every shard, then partition 1 delivers older LSNs
        List<SinkRecord> ahead = new ArrayList<>();
        List<SinkRecord> behind = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            ahead.add(change(0, id, "c", null, row(id, id, "p0"), 9000 + id));
            behind.add(change(1, id, "c", null, row(100 + id, id, "p1"), 100 + id));
        }
        task.put(ahead);
        task.put(behind);
        task.stop();
        assertEquals(16, shards.dump().size());
        List<Object[]> jobs = shards.rows(0, "SELECT DISTINCT job FROM cutover_position ORDER BY job");
        assertEquals(List.of(RecordApplier.job("shop", Envelopes.TOPIC, 0), RecordApplier.job("shop", Envelopes.TOPIC, 1)),
                jobs.stream().map(r -> r[0]).toList());
    }

    @Test
    void theFirstSnapshotRowDoesNotClearRowsOtherPartitionsAlreadyWrote(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        CutoverSinkTask task = started(shards);
        task.put(List.of(read(1, 0, row(1, 1, "s"), "true"), read(1, 1, row(2, 2, "s"), "true")));
        task.put(List.of(read(0, 0, row(3, 3, "s"), "first"), read(0, 1, row(4, 4, "s"), "last")));
        task.stop();
        assertEquals(4, shards.dump().size());
    }

    @Test
    void aTruncateFailsTheTaskUnlessAllowedAndThenEmptiesTheTable(SandboxCluster cluster) {
        Shards shards = new Shards(cluster);
        CutoverSinkTask task = started(shards);
        task.put(List.of(change(0, 0, "c", null, row(1, 1, "x"), 100), change(0, 1, "c", null, row(2, 2, "x"), 101)));
        ConnectException e = assertThrows(ConnectException.class,
                () -> task.put(List.of(change(0, 2, "t", null, null, 102))));
        assertTrue(e.getMessage().contains("TRUNCATE of table ORDERS") && e.getMessage().contains("cutover.truncates=apply"),
                e.getMessage());
        task.stop();
        assertEquals(2, shards.dump().size());

        Map<String, String> props = shards.sinkProps();
        props.put(SinkConfig.TRUNCATES, "apply");
        CutoverSinkTask allowed = new CutoverSinkTask();
        allowed.start(props);
        allowed.put(List.of(change(0, 2, "t", null, null, 102)));
        allowed.stop();
        assertEquals(List.of(), shards.dump());
    }

    private static CutoverSinkTask started(Shards shards) {
        CutoverSinkTask task = new CutoverSinkTask();
        task.start(shards.sinkProps());
        return task;
    }
}
