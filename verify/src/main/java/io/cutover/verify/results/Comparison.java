package io.cutover.verify.results;

import java.util.List;

/**
 * The outcome of comparing two results.
 *
 * @param equal       true when the results are the same under the comparator's rules
 * @param leftRows    rows read from the left (usually the source)
 * @param rightRows   rows read from the right (usually the target)
 * @param problem     why the results cannot be equal before any row is compared (column counts); null if none
 * @param differences the first differing rows, at most the comparator's sample limit
 */
public record Comparison(boolean equal, long leftRows, long rightRows, String problem, List<RowDifference> differences) {
    public Comparison {
        differences = List.copyOf(differences);
    }

    /** One row that differs. Values are the canonical texts the rules compare; null for NULL. */
    public record RowDifference(Kind kind, long row, List<String> left, List<String> right) {
        public enum Kind {
            /** Only in the left result (for ordered results: at this row number). */
            ONLY_LEFT,
            /** Only in the right result. */
            ONLY_RIGHT,
            /** Ordered results: this row number holds different rows. */
            DIFFERENT
        }
    }
}
