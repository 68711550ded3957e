package io.cutover.mappings.schema;

/**
 * A statement that could not be read or is not supported; conversion continues without it.
 *
 * @param excerpt the text around the problem, one line
 */
public record Skipped(Location location, String reason, String excerpt) {
}
