package io.cutover.cdc.snapshot;

/** How the snapshot writes rows into the shards. */
public enum WriteMode {
    /**
     * The fastest safe path the target has: {@code LOAD DATA LOCAL INFILE} on MariaDB/MySQL shards whose
     * {@code local_infile} is on, {@code COPY} on PostgreSQL, multi-row INSERTs elsewhere and for batches with
     * a value the bulk text cannot represent exactly.
     */
    AUTO,
    /** Multi-row INSERTs sized by bytes, on every target. */
    INSERT
}
