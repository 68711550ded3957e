package io.cutover.cdc.snapshot;

/**
 * One table's copy, live or at the end.
 *
 * @param table       the source table
 * @param rowsDone    source rows copied, including rows of chunks kept from an earlier run
 * @param rowsTotal   source rows at the snapshot's point
 * @param rowsKept    rows of chunks an earlier run had copied, not read again
 * @param chunksDone  chunks every shard holds
 * @param chunksTotal chunks of the table
 * @param chunksKept  chunks an earlier run had copied
 * @param seconds     time spent on the table in this run
 */
public record TableProgress(String table, long rowsDone, long rowsTotal, long rowsKept, int chunksDone,
                            int chunksTotal, int chunksKept, double seconds) {

    /** Rows copied per second in this run. */
    public double rowsPerSecond() {
        return seconds > 0 ? (rowsDone - rowsKept) / seconds : 0;
    }

    /** Seconds left at the current rate; -1 when unknown. */
    public double etaSeconds() {
        double rate = rowsPerSecond();
        return rowsDone >= rowsTotal ? 0 : rate > 0 ? (rowsTotal - rowsDone) / rate : -1;
    }
}
