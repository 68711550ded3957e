package io.cutover.mappings.ddl;

import java.util.List;

/**
 * How one source of generated IDs (a sequence or an identity column) keeps producing unique values
 * once the target takes writes. During migration every ID is copied from Oracle unchanged; after
 * cutover shard k (0-based, in target order) hands out {@code start + k * increment}, stepping by
 * {@code increment * shards}, so shards never collide.
 *
 * @param source    the sequence name, or {@code TABLE.COLUMN} of an identity column
 * @param columns   the {@code TABLE.COLUMN}s that take their values from it
 * @param start     where the source started; at cutover restart above the source's current value
 *                  ({@code LAST_NUMBER} of {@code USER_SEQUENCES}, or {@code MAX(column)})
 * @param increment the source's increment
 * @param shards    the number of shards generating values
 * @param action    what to do at cutover, one line
 */
public record IdPlan(String source, List<String> columns, long start, long increment, int shards, String action) {
    public IdPlan {
        columns = List.copyOf(columns);
    }
}
