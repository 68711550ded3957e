package io.cutover.verify.results;

/**
 * One statement of a double read.
 *
 * @param number     the statement's place in the script, from 1
 * @param name       its {@code -- name:} comment, or null
 * @param sql        the statement as written, without its leading comments
 * @param outcome    what happened
 * @param reason     why it was skipped, not comparable or failed; null when compared
 * @param route      where the translation ran ({@code Route.summary()}); null when it did not run
 * @param sourceSql  what ran on the source when it is not the statement as written (a source that is not Oracle
 *                   runs the translation to its own dialect); null otherwise
 * @param comparison the comparison; null unless compared
 */
public record QueryResult(int number, String name, String sql, Outcome outcome, String reason, String route,
                          String sourceSql, Comparison comparison) {
    public enum Outcome {
        /** Same result on the source and the target. */
        EQUAL,
        /** Different results; see the comparison. */
        DIFFERENT,
        /**
         * The results cannot be compared: the target result cannot be merged from the shards naively (scatter with
         * ORDER BY, LIMIT, aggregates), the statement is not routable, or it depends on the clock or a sequence.
         */
        NOT_COMPARABLE,
        /** Not a query, not translated, or with binds that have no values. */
        SKIPPED,
        /** A side failed to run it. */
        FAILED
    }
}
