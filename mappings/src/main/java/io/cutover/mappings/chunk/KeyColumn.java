package io.cutover.mappings.chunk;

/**
 * One column of the key a table is chunked and compared by.
 *
 * @param name the column name as the database stores it
 * @param text a character column, ordered by code point on every database
 */
public record KeyColumn(String name, boolean text) {
}
