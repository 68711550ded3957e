package io.cutover.verify;

import java.util.List;
import java.util.Map;

/**
 * The outcome for one table.
 *
 * @param table         the source table
 * @param sourceRows    source rows compared
 * @param chunks        chunks compared
 * @param matchedChunks chunks equal on both sides at the first comparison
 * @param differences   differences by kind, all found (not only the samples)
 * @param samples       the first differences found, at most the sample limit
 * @param inFlight      live verification: keys that differed once but not when compared again after the
 *                      target caught up (or differed only then): changes in flight, not counted as differences
 * @param resumedChunks chunks taken from an interrupted earlier run rather than compared now
 * @param millis        time spent in this run
 * @param error         why the table could not be compared; null when it was
 */
public record TableResult(String table, long sourceRows, long chunks, long matchedChunks,
                          Map<Difference.Kind, Long> differences, List<Difference> samples, long inFlight,
                          long resumedChunks,
                          long millis, String error) {
    public TableResult {
        differences = Map.copyOf(differences);
        samples = List.copyOf(samples);
    }

    public long totalDifferences() {
        return differences.values().stream().mapToLong(Long::longValue).sum();
    }
}
