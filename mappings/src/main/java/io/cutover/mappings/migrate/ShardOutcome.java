package io.cutover.mappings.migrate;

import java.util.List;

/**
 * What {@link SchemaApply} did on one shard.
 *
 * @param applied  migrations applied in this run (for a dry run: the pending ones, with their SQL in {@code pending})
 * @param version  the shard's schema version after the run, or null when it has none
 * @param repaired a failed migration of an earlier run that was cleared before migrating again, or null
 * @param error    why the shard failed (Flyway's SQL state, code, message, script and line), or null
 */
public record ShardOutcome(String shard, Status status, int applied, String version, String repaired,
                           List<PendingScript> pending, String error) {
    public enum Status { MIGRATED, UP_TO_DATE, PENDING, FAILED }

    /** A migration a dry run would apply, and its SQL. */
    public record PendingScript(String version, String script, String sql) {
    }

    public ShardOutcome {
        pending = List.copyOf(pending);
    }
}
