package io.cutover.mappings.types;

/** The shape of a mapped value, for canonical values in CDC apply and verification. */
public enum ValueKind {
    INTEGER,
    DECIMAL,
    /** Binary floating point; compare on {@link TargetType#precision()} significant digits. */
    FLOAT,
    STRING,
    BINARY,
    /** Date and time without a zone. */
    TIMESTAMP,
    /** Total months of an interval stored as a number. */
    INTERVAL_MONTHS,
    /** Total microseconds of an interval stored as a number. */
    INTERVAL_MICROS,
    /** A native interval type. */
    INTERVAL,
    BOOLEAN,
    /** Anything else; compared as text. */
    OTHER
}
