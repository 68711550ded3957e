package io.cutover.cdc.internal.apply;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.dialect.Dialect;

/**
 * All SQL of the stream's state on a shard: table {@code cutover_position}, one row per job and
 * physical table with the rows applied and the highest source position applied there, plus one row
 * per job with {@code table_name = '*'}: the shard's position, which decides what a restart skips.
 * Rows are written in the same transaction as the changes they cover.
 *
 * <p>Table {@code cutover_touched}: which rows each committed shard batch changed, for readers that re-check
 * recent changes ({@code cutover verify --continuous}; read with {@code mappings}' {@code TouchedKeys}). One row
 * per job, batch number and physical table: {@code seq} counts the shard's committed batches from 1 without gaps,
 * {@code row_keys} holds the changed row keys in the physical table's key column order, concatenated in
 * {@code KeyCodec}'s form, or NULL when the whole table counts as changed (a cleared table, a key type with no
 * text form). Rows older than an hour are deleted, except the newest batch, so numbering continues after a restart.
 */
final class StateSql {
    static final String TABLE = "cutover_position";
    static final String SHARD_ROW = "*";
    static final String[] COLUMNS = {"job", "table_name", "position", "source_ms", "applied_ms", "rows_applied"};
    static final boolean[] KEY = {true, true, false, false, false, false};

    static final String TOUCHED = "cutover_touched";
    static final String[] TOUCHED_COLUMNS = {"job", "seq", "table_name", "position", "applied_ms", "row_keys"};
    static final boolean[] TOUCHED_KEY = {true, true, true, false, false, false};
    static final long TOUCHED_RETENTION_MS = 3_600_000;
    static final long TOUCHED_TRIM_EVERY_MS = 60_000;

    private StateSql() {
    }

    static String create(Dialect dialect) {
        return "CREATE TABLE IF NOT EXISTS " + TABLE + " (job VARCHAR(128) NOT NULL, table_name VARCHAR(256) NOT NULL,"
                + " position VARCHAR(512) NOT NULL, source_ms BIGINT NOT NULL, applied_ms BIGINT NOT NULL,"
                + " rows_applied BIGINT NOT NULL, PRIMARY KEY (job, table_name))";
    }

    static String createTouched(Dialect dialect) {
        return "CREATE TABLE IF NOT EXISTS " + TOUCHED + " (job VARCHAR(128) NOT NULL, seq BIGINT NOT NULL,"
                + " table_name VARCHAR(256) NOT NULL, position VARCHAR(512) NOT NULL, applied_ms BIGINT NOT NULL,"
                + " row_keys " + (dialect.family() == Dialect.Family.MYSQL ? "LONGTEXT" : "TEXT")
                + ", PRIMARY KEY (job, seq, table_name))";
    }

    static String lastTouched() {
        return "SELECT MAX(seq) FROM " + TOUCHED + " WHERE job = ?";
    }

    static String insertTouched(ChangeStatements sql, int rows) {
        return sql.upsert(TOUCHED, TOUCHED_COLUMNS, TOUCHED_KEY, rows);
    }

    /** Binds job, oldest {@code applied_ms} kept, and the newest batch number (always kept). */
    static String trimTouched() {
        return "DELETE FROM " + TOUCHED + " WHERE job = ? AND applied_ms < ? AND seq < ?";
    }

    static String select() {
        return "SELECT table_name, position, source_ms, applied_ms, rows_applied FROM " + TABLE + " WHERE job = ?";
    }

    /** The shard rows of every job whose name starts with the bound prefix; {@code !} escapes LIKE's wildcards. */
    static String selectShardRowsLike() {
        return "SELECT job, position, source_ms, rows_applied FROM " + TABLE + " WHERE table_name = '" + SHARD_ROW
                + "' AND job LIKE ? ESCAPE '!'";
    }

    /** {@code prefix} as a LIKE pattern matching every text that starts with it, for {@link #selectShardRowsLike}. */
    static String startsWith(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static String upsert(ChangeStatements sql, int rows) {
        return sql.upsert(TABLE, COLUMNS, KEY, rows);
    }
}
