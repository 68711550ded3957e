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
 */
public record VerifyResult(String job, Mode mode, List<TableResult> tables, Map<String, String> repairSql,
                           Map<String, Long> repaired) {
    public VerifyResult {
        tables = List.copyOf(tables);
        repairSql = Map.copyOf(repairSql);
        repaired = Map.copyOf(repaired);
    }

    public boolean equal() {
        return tables.stream().allMatch(t -> t.error() == null && t.totalDifferences() == 0);
    }

    public boolean failed() {
        return tables.stream().anyMatch(t -> t.error() != null);
    }
}
