package io.cutover.cdc.internal.apply;

import io.cutover.mappings.position.Position;
import java.util.Map;

/**
 * What one shard has applied as of its last commit. Immutable: the shard's writer thread builds a new one
 * after each commit and publishes it, so status readers on other threads see whole, consistent values.
 *
 * @param applied      the highest source position applied; null before the first streamed change
 * @param sourceMillis source commit time of that change
 * @param rowsApplied  changes applied over all physical tables of the shard
 * @param tables       progress per physical table name
 */
record ShardProgress(Position applied, long sourceMillis, long rowsApplied, Map<String, TableProgress> tables) {
    static final ShardProgress NONE = new ShardProgress(null, 0, 0, Map.of());

    /** One physical table: changes applied, and the position and source time of its last streamed batch. */
    record TableProgress(long rowsApplied, Position position, long sourceMillis) {
    }
}
