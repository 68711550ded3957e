package io.cutover.verify;

/** How thoroughly a table is compared. */
public enum Mode {
    /** Row counts per chunk only. */
    COUNT,
    /** Row count and a 64-bit checksum per chunk computed in the databases; mismatching chunks are narrowed and diffed row by row. */
    CHECKSUM,
    /** Every row fetched and compared in key order. */
    ROWS
}
