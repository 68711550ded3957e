package io.cutover.cdc.snapshot;

/**
 * All SQL of the snapshot's state table {@code cutover_snapshot}. Row kinds, told apart by {@code state}:
 * <ul>
 *   <li>the run, on the first shard: {@code table_name = '*'}, {@code chunk = -1}, state {@code copying},
 *       {@code finished} or {@code streaming}, with the source point and Debezium offset in {@code detail};</li>
 *   <li>the chunk plan, on the first shard: state {@code planned}, the chunk's key bounds;</li>
 *   <li>a copied chunk, on every shard: state {@code copied}, written in the transaction that wrote the
 *       chunk's rows on that shard;</li>
 *   <li>a deferred index ({@code --defer-indexes}), on the shard that holds it: state {@code deferred}, the
 *       physical table in {@code lower_key}, the index's name in {@code upper_key}, the statement that builds it
 *       in {@code detail}; written before the index is dropped, deleted once it is built again. A restart keeps
 *       these rows, so no dropped index is forgotten.</li>
 * </ul>
 */
final class SnapshotSql {
    static final String RUN_TABLE = "*";
    static final String COPYING = "copying";
    static final String FINISHED = "finished";
    static final String STREAMING = "streaming";
    static final String PLANNED = "planned";
    static final String COPIED = "copied";
    static final String DEFERRED = "deferred";

    private SnapshotSql() {
    }

    static String create(boolean postgres) {
        String text = postgres ? "TEXT" : "LONGTEXT";
        return "CREATE TABLE IF NOT EXISTS cutover_snapshot (job VARCHAR(128) NOT NULL, table_name VARCHAR(256) NOT NULL,"
                + " chunk INT NOT NULL, state VARCHAR(16) NOT NULL, lower_key " + text + ", upper_key " + text + ","
                + " rows_copied BIGINT NOT NULL, detail " + text + ", updated_ms BIGINT NOT NULL,"
                + " PRIMARY KEY (job, table_name, chunk, state))";
    }

    static String select() {
        return "SELECT table_name, chunk, state, lower_key, upper_key, rows_copied, detail FROM cutover_snapshot"
                + " WHERE job = ?";
    }

    static String selectRun() {
        return "SELECT state, detail FROM cutover_snapshot WHERE job = ? AND table_name = '" + RUN_TABLE + "'";
    }

    static String insert() {
        return "INSERT INTO cutover_snapshot (job, table_name, chunk, state, lower_key, upper_key, rows_copied, detail,"
                + " updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Forgets the job's run, plan and chunks; its deferred indexes stay until they are built. */
    static String deleteJob() {
        return "DELETE FROM cutover_snapshot WHERE job = ? AND state <> '" + DEFERRED + "'";
    }

    static String selectDeferred() {
        return "SELECT table_name, chunk, lower_key, upper_key, detail FROM cutover_snapshot WHERE job = ? AND state = '"
                + DEFERRED + "'";
    }

    static String deleteDeferred() {
        return "DELETE FROM cutover_snapshot WHERE job = ? AND table_name = ? AND chunk = ? AND state = '" + DEFERRED
                + "'";
    }

    static String deleteRun() {
        return "DELETE FROM cutover_snapshot WHERE job = ? AND table_name = '" + RUN_TABLE + "'";
    }

    static String setRunState() {
        return "UPDATE cutover_snapshot SET state = ?, updated_ms = ? WHERE job = ? AND table_name = '" + RUN_TABLE + "'";
    }
}
