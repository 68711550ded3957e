package io.cutover.mappings.chunk;

import java.util.List;

/**
 * A key range of a table: the rows whose key is above {@code lowerExclusive} and at most
 * {@code upperInclusive}, compared as row values in key column order. A null bound is open: the first
 * chunk has no lower bound and the last no upper bound, so rows inserted beyond the keys seen when the
 * table was chunked still belong to a chunk.
 *
 * @param table          the table the chunk belongs to, as given to the chunker
 * @param index          the chunk's position, from 0, in key order
 * @param lowerExclusive key values in key column order, or null
 * @param upperInclusive key values in key column order, or null
 */
public record Chunk(String table, int index, List<Object> lowerExclusive, List<Object> upperInclusive) {

    @Override
    public String toString() {
        return table + " chunk " + index + " (" + (lowerExclusive == null ? "start" : lowerExclusive) + ", "
                + (upperInclusive == null ? "end" : upperInclusive) + "]";
    }
}
