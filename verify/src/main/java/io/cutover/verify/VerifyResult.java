package io.cutover.verify;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a verify run.
 *
 * @param job       the job name (the plan name), under which progress is stored
 * @param mode      how the tables were compared
 * @param tables    one result per table, in the order asked
 * @param repairSql with {@link RepairMode#PRINT}: the fix SQL per shard name; empty otherwise
 * @param repaired  with {@link RepairMode#APPLY}: statements applied per shard name
 * @param rounds    continuous verification: the rounds after the full pass, in order; empty otherwise
 * @param stopped   stopped on request ({@link Verify#stop()}) before the full pass finished: run again to continue
 */
public record VerifyResult(String job, Mode mode, List<TableResult> tables, Map<String, String> repairSql,
                           Map<String, Long> repaired, List<RoundResult> rounds, boolean stopped) {
    public VerifyResult {
        tables = List.copyOf(tables);
        repairSql = Map.copyOf(repairSql);
        repaired = Map.copyOf(repaired);
        rounds = List.copyOf(rounds);
    }

    /** No table and no round found a difference or failed. */
    public boolean equal() {
        return tables.stream().allMatch(t -> t.error() == null && t.totalDifferences() == 0)
                && rounds.stream().allMatch(RoundResult::equal);
    }

    public boolean failed() {
        return tables.stream().anyMatch(t -> t.error() != null)
                || rounds.stream().anyMatch(r -> r.tables().stream().anyMatch(t -> t.error() != null));
    }

    /** The same result with one more round. */
    public VerifyResult with(RoundResult round) {
        List<RoundResult> more = new java.util.ArrayList<>(rounds);
        more.add(round);
        return new VerifyResult(job, mode, tables, repairSql, repaired, more, stopped);
    }
}
