package io.cutover.mappings.schema;

/** A CHECK constraint; {@code condition} is the Oracle expression as written. */
public record Check(String name, String condition) {
}
