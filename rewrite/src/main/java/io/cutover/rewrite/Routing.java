package io.cutover.rewrite;

import java.util.List;

/**
 * The shard routing of one translated statement, attached to its {@link StatementResult} when the
 * {@link Rewriter} has a migration plan. Thread-safe.
 */
public interface Routing {
    /** The route without bind values: {@link Route.Kind#BY_BINDS} when binds decide it. */
    Route route();

    /** The route with the values of the statement's binds, one per {@code ?} marker in order. */
    Route route(List<Object> binds);
}
