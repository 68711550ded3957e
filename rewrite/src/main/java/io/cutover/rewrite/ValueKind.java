package io.cutover.rewrite;

/** What a column or expression holds, as far as the rewrite rules need to know. */
public enum ValueKind {
    /** Oracle DATE or TIMESTAMP. */
    DATE,
    STRING,
    NUMBER,
    UNKNOWN
}
