package io.cutover.cdc.snapshot;

/** How a snapshot reads every table at one source point without holding long locks. */
public enum SnapshotMethod {
    /** A logical replication slot created with an exported snapshot; readers import it. */
    POSTGRES_EXPORTED_SNAPSHOT("PostgreSQL replication slot with an exported snapshot"),
    /** A brief global read lock while every reader starts a consistent-snapshot transaction. */
    BINLOG_CONSISTENT_SNAPSHOT("FLUSH TABLES WITH READ LOCK held while readers start consistent snapshots"),
    /** Flashback queries at one SCN. */
    ORACLE_FLASHBACK_SCN("Oracle flashback queries AS OF SCN");

    private final String description;

    SnapshotMethod(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
