package io.cutover.rewrite.internal.lex;

import java.util.List;
import java.util.Set;

/**
 * An Oracle statement brought to a form Calcite's parser accepts, plus what was cut out of it.
 *
 * @param sql        the text for Calcite: one line, binds as {@code ?}
 * @param starts     offset in {@code sql} of each piece, ascending
 * @param origins    offset in the original statement of each piece
 * @param binds      bind names in order of the {@code ?} markers ({@code "1"} for {@code :1})
 * @param rules      rules applied while normalising (hints dropped, binds, q-literals, ...)
 * @param lock       the {@code FOR UPDATE} clause, or null
 * @param returning  the {@code RETURNING ... INTO} clause, or null
 * @param hierarchy  the {@code START WITH / CONNECT BY} clauses of the outermost query, or null
 * @param problems   constructs that cannot be translated
 */
public record Normalized(String sql, int[] starts, int[] origins, List<String> binds, Set<String> rules, Lock lock,
                         Returning returning, Hierarchy hierarchy, List<Problem> problems) {

    /** {@code FOR UPDATE [OF cols] [NOWAIT | WAIT n | SKIP LOCKED]}; mode is null for a plain wait. */
    public record Lock(List<String> of, String mode, String waitSeconds, int origin) {
    }

    /** {@code RETURNING exprs INTO targets}. */
    public record Returning(String expressions, List<String> into, int origin) {
    }

    /**
     * The hierarchical clauses; {@code PRIOR x} is written {@code CUTOVER_PRIOR(x)}. startWith and siblings
     * ({@code ORDER SIBLINGS BY}) are null when absent. Their binds are not in {@link #binds}.
     */
    public record Hierarchy(Clause startWith, Clause connectBy, boolean noCycle, Clause siblings, int origin) {
        /** The binds of the clauses in the order the translation places them: START WITH, then CONNECT BY. */
        public List<String> binds() {
            List<String> all = new java.util.ArrayList<>(startWith == null ? List.of() : startWith.binds());
            all.addAll(connectBy.binds());
            return all;
        }
    }

    /** A clause cut out of the statement: its text after the keywords, and the names of its binds. */
    public record Clause(String text, List<String> binds) {
    }

    /** A construct found while normalising that has no translation. */
    public record Problem(int origin, String construct, String message, String suggestion) {
    }

    /** The offset in the original statement of an offset in {@link #sql}. */
    public int origin(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return starts.length == 0 ? 0 : origins[best];
    }
}
