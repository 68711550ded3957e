package io.cutover.mappings.plan;

/** The source database and the schema whose tables are migrated. */
public record Source(SourceType type, Endpoint endpoint, String schema) {
}
