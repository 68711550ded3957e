package io.cutover.mappings.schema;

/** A sequence; {@code maxValue} null means the Oracle default. */
public record Sequence(String name, long startWith, long incrementBy, Long maxValue, boolean cycle, Location location) {
}
