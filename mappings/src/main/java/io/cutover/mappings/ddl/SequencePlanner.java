package io.cutover.mappings.ddl;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.Sequence;
import java.util.List;

/**
 * Sequences on a target of N shards. On PostgreSQL every shard gets the sequence with its own offset:
 * shard k starts at {@code start + k * increment} and steps by {@code increment * N}, so the shards
 * never hand out the same value. The MySQL family gets no statement (not every member has sequences);
 * its {@link IdPlan} says how to generate IDs after cutover.
 */
final class SequencePlanner {
    private final Dialect dialect;
    private final Identifiers ids;
    private final int shards;
    private final Findings findings;

    SequencePlanner(Dialect dialect, Identifiers ids, int shards, Findings findings) {
        this.dialect = dialect;
        this.ids = ids;
        this.shards = shards;
        this.findings = findings;
    }

    IdPlan plan(Sequence s, List<String> users) {
        String action;
        if (dialect.family() == Dialect.Family.POSTGRESQL) {
            action = "at cutover: on each shard k, ALTER SEQUENCE ... RESTART WITH the first value above the source's "
                    + "LAST_NUMBER that is " + s.startWith() + " + k * " + s.incrementBy() + " modulo "
                    + s.incrementBy() * shards;
        } else {
            action = "no sequence on the target: after cutover use AUTO_INCREMENT with auto_increment_offset=k+1 and "
                    + "auto_increment_increment=" + shards + " per shard, or a central ID service, starting above "
                    + "the source's LAST_NUMBER";
            findings.info(s.name(), "sequence not created on " + dialect.yamlName() + "; see the global ID plan");
        }
        if (shards > 1 && dialect.family() == Dialect.Family.POSTGRESQL) {
            findings.info(s.name(), "one sequence per shard, interleaved: shard k starts at start + k * increment and "
                    + "steps by increment * " + shards);
        }
        return new IdPlan(s.name(), users, s.startWith(), s.incrementBy(), shards, action);
    }

    List<String> statements(DdlWriter writer, Sequence s, int shard) {
        return writer.createSequence(ids.name(s.name()), s.startWith() + shard * s.incrementBy(),
                s.incrementBy() * shards, s.maxValue(), s.cycle());
    }
}
