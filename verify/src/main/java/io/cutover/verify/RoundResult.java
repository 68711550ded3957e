package io.cutover.verify;

import java.util.List;

/**
 * One round of continuous verification: the chunks the stream changed rows in since the round before, compared
 * again with the live rule (a difference counts only if it is still there once the shards applied the source
 * position read with it).
 *
 * @param round  the round number, from 1 (the full pass before is not a round)
 * @param late   the stream had already deleted some of the changed keys (it keeps an hour), so every chunk of
 *               every table was compared
 * @param tables one result per table with touched chunks: {@link TableResult#chunks()} is the chunks compared
 *               again, its differences those that persisted
 * @param millis time the round took
 */
public record RoundResult(int round, boolean late, List<TableResult> tables, long millis) {
    public RoundResult {
        tables = List.copyOf(tables);
    }

    public long chunks() {
        return tables.stream().mapToLong(TableResult::chunks).sum();
    }

    public long differences() {
        return tables.stream().mapToLong(TableResult::totalDifferences).sum();
    }

    public long inFlight() {
        return tables.stream().mapToLong(TableResult::inFlight).sum();
    }

    public boolean equal() {
        return tables.stream().allMatch(t -> t.error() == null && t.totalDifferences() == 0);
    }
}
