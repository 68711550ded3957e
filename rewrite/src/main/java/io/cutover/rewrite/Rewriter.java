package io.cutover.rewrite;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.rewrite.internal.Translator;
import io.cutover.rewrite.internal.lex.ScriptSplitter;
import io.cutover.rewrite.internal.route.StatementRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates Oracle application SQL to a target dialect.
 *
 * <pre>{@code
 * Rewriter r = Rewriter.to(Dialect.MARIADB).catalog(Catalog.of(schema)).build();
 * StatementResult s = r.rewriteStatement("SELECT NVL(name, '-') FROM emp WHERE ROWNUM <= 10");
 * }</pre>
 *
 * Results are cached by statement text, so a repeated statement costs one map lookup. The cache holds
 * at most {@code cacheSize} statements and is emptied when full. Instances are thread-safe.
 */
public final class Rewriter {
    private final Translator translator;
    private final ConcurrentHashMap<String, StatementResult> cache = new ConcurrentHashMap<>();
    private final int cacheSize;

    private Rewriter(Builder b) {
        translator = new Translator(b.dialect, b.catalog, b.plan == null ? null : new StatementRouter(b.plan));
        cacheSize = b.cacheSize;
    }

    public static Builder to(Dialect dialect) {
        return new Builder(Objects.requireNonNull(dialect, "dialect"));
    }

    /** Translates one statement (no trailing semicolon needed). */
    public StatementResult rewriteStatement(String sql) {
        StatementResult r = cache.get(sql);
        if (r != null) {
            return r;
        }
        r = translator.translate(sql);
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        cache.put(sql, r);
        return r;
    }

    /**
     * The route of a translated statement with its bind values (one per {@code ?} marker, in order): what the
     * traffic router calls per execution. The statement must come from a rewriter with a migration plan.
     */
    public Route route(StatementResult statement, List<Object> binds) {
        if (statement.routing() == null) {
            throw new IllegalArgumentException(statement.supported()
                    ? "the rewriter has no migration plan: build it with plan(...)"
                    : "the statement was not translated, so it has no route");
        }
        return statement.routing().route(binds);
    }

    /** Splits a script into statements and translates each; issue positions are script positions. */
    public RewriteResult rewrite(String script) {
        List<StatementResult> out = new ArrayList<>();
        for (ScriptSplitter.Piece p : ScriptSplitter.split(script)) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < p.offset(); i++) {
                if (script.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            out.add(rewriteStatement(p.text()).at(line, col));
        }
        return new RewriteResult(out);
    }

    public static final class Builder {
        private final Dialect dialect;
        private Catalog catalog = Catalog.EMPTY;
        private MigrationPlan plan;
        private int cacheSize = 100_000;

        private Builder(Dialect dialect) {
            this.dialect = dialect;
        }

        /** Column kinds for date arithmetic and TRUNC; without one, the rules warn where they must guess. */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * Routes every translated statement through the plan's shard router (see {@link Routing}). The plan's
         * target dialect must be this rewriter's; a plan the router rejects fails here with all its problems.
         */
        public Builder plan(MigrationPlan plan) {
            if (plan.target().dialect() != dialect) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, "mapping file " + plan.file() + " targets "
                        + plan.target().dialect().yamlName() + ", not " + dialect.yamlName());
            }
            this.plan = plan;
            return this;
        }

        public Builder cacheSize(int statements) {
            if (statements < 1) {
                throw new IllegalArgumentException("cacheSize must be at least 1, was " + statements);
            }
            this.cacheSize = statements;
            return this;
        }

        public Rewriter build() {
            return new Rewriter(this);
        }
    }
}
