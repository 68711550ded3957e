package io.cutover.cdc.internal.apply;

import io.cutover.mappings.dialect.ChangeStatements;
import io.cutover.mappings.dialect.Dialect;

/**
 * All SQL of the stream's state on a shard: table {@code cutover_position}, one row per job and
 * physical table with the rows applied and the highest source position applied there, plus one row
 * per job with {@code table_name = '*'}: the shard's position, which decides what a restart skips.
 * Rows are written in the same transaction as the changes they cover.
 */
final class StateSql {
    static final String TABLE = "cutover_position";
    static final String SHARD_ROW = "*";
    static final String[] COLUMNS = {"job", "table_name", "position", "source_ms", "applied_ms", "rows_applied"};
    static final boolean[] KEY = {true, true, false, false, false, false};

    private StateSql() {
    }

    static String create(Dialect dialect) {
        return "CREATE TABLE IF NOT EXISTS " + TABLE + " (job VARCHAR(128) NOT NULL, table_name VARCHAR(256) NOT NULL,"
                + " position VARCHAR(512) NOT NULL, source_ms BIGINT NOT NULL, applied_ms BIGINT NOT NULL,"
                + " rows_applied BIGINT NOT NULL, PRIMARY KEY (job, table_name))";
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
