package io.cutover.cdc;

/** What the stream does when the source schema of a mapped table changes. */
public enum OnDdl {
    /** Apply every change before the statement, then stop with a message naming it (the default). */
    STOP,
    /** Go on; source columns the target lacks are not written. */
    IGNORE
    // APPLY (convert and run the DDL on every shard) comes with the schema converter.
}
