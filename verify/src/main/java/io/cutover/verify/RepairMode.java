package io.cutover.verify;

/** What verify does about the differences it finds. The source is the baseline. */
public enum RepairMode {
    /** Report only. */
    NONE,
    /** Write the fix SQL per shard (upserts and deletes in the target dialect) into the result. */
    PRINT,
    /** Apply the fixes, re-reading each source row at repair time. */
    APPLY
}
