package io.cutover.mappings.types;

/** How faithfully a target type keeps the values of its Oracle source type. */
public enum Classification {
    /** Every source value is stored and read back unchanged. */
    EXACT,
    /** Every source value is kept, but the target declares a larger limit (length, precision, no limit). */
    WIDENING,
    /** Some source values change (rounding, truncation, a lost time zone) or cannot be stored. */
    LOSSY,
    /** A person must decide: the mapping is a best effort or the semantics differ. */
    NEEDS_REVIEW,
    /** The user chose the target type in the mapping file. */
    OVERRIDDEN
}
