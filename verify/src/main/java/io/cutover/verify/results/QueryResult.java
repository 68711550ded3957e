package io.cutover.verify.results;

/**
 * One statement of a double read.
 *
 * @param number     the statement's place in the script, from 1
 * @param sql        the statement as written
 * @param outcome    what happened
 * @param reason     why it was skipped, not comparable or failed; null when compared
 * @param route      where the translation ran ({@code Route.summary()}); null when it did not run
 * @param comparison the comparison; null unless compared
 */
public record QueryResult(int number, String sql, Outcome outcome, String reason, String route, Comparison comparison) {
    public enum Outcome {
        /** Same result on the source and the target. */
        EQUAL,
        /** Different results; see the comparison. */
        DIFFERENT,
        /** The target result cannot be merged from the shards naively (scatter with ORDER BY, LIMIT, aggregates). */
        NOT_COMPARABLE,
        /** Not a query, not translated, or routed by bind values. */
        SKIPPED,
        /** A side failed to run it. */
        FAILED
    }
}
