package io.cutover.rewrite.internal;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.rewrite.internal.lex.Normalized;
import io.cutover.rewrite.internal.rule.RuleContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Re-attaches the clauses the pre-lexer cut out: FOR UPDATE and RETURNING ... INTO. */
final class ClauseRules {
    /** Renders a cut-out expression list for the target. */
    interface ExpressionRenderer {
        String render(String expressions, RuleContext ctx) throws SqlParseException;
    }

    private final RuleContext ctx;
    private final Normalized n;
    private final ExpressionRenderer renderer;

    ClauseRules(RuleContext ctx, Normalized n, ExpressionRenderer renderer) {
        this.ctx = ctx;
        this.n = n;
        this.renderer = renderer;
    }

    void apply(SqlNode statement, StringBuilder sql) {
        if (n.lock() != null) {
            lock(n.lock(), sql);
        }
        if (n.returning() != null) {
            returning(statement.getKind(), n.returning(), sql);
        }
    }

    private void lock(Normalized.Lock lock, StringBuilder sql) {
        SqlParserPos pos = pos(lock.origin());
        Dialect d = ctx.dialect();
        ctx.applied("FOR UPDATE");
        sql.append(" FOR UPDATE");
        if (!lock.of().isEmpty()) {
            Set<String> tables = new LinkedHashSet<>();
            for (String col : lock.of()) {
                int dot = col.lastIndexOf('.');
                if (dot > 0) {
                    tables.add(targetName(col.substring(0, dot)));
                }
            }
            if (d == Dialect.MARIADB || tables.size() != lock.of().size()) {
                ctx.warn(pos, "FOR UPDATE OF", "dropped: " + (d == Dialect.MARIADB ? "MariaDB has no OF clause"
                        : "columns are not qualified by a table") + "; rows of every table in the query are locked",
                        "qualify the OF columns with their table alias");
            } else {
                sql.append(" OF ").append(String.join(", ", tables));
            }
        }
        if (lock.mode() == null) {
            return;
        }
        switch (lock.mode()) {
            case "NOWAIT", "SKIP LOCKED" -> sql.append(' ').append(lock.mode());
            case "WAIT" -> {
                if (d == Dialect.MARIADB || d == Dialect.TIDB || d == Dialect.OCEANBASE_MYSQL) {
                    sql.append(" WAIT ").append(lock.waitSeconds());
                } else {
                    ctx.warn(pos, "WAIT " + lock.waitSeconds(), "dropped: the target has no per-statement wait",
                            d == Dialect.POSTGRESQL ? "SET lock_timeout = '" + lock.waitSeconds() + "s' in the session"
                                    : "SET innodb_lock_wait_timeout = " + lock.waitSeconds() + " in the session");
                }
            }
            default -> ctx.unsupported(pos, lock.mode(), "unknown FOR UPDATE option", null);
        }
    }

    /** A table or alias as written in Oracle (quoted or not), named and quoted for the target. */
    private String targetName(String oracleText) {
        String name = oracleText.startsWith("\"") && oracleText.endsWith("\"") && oracleText.length() > 1
                ? oracleText.substring(1, oracleText.length() - 1).replace("\"\"", "\"")
                : oracleText.toUpperCase(Locale.ROOT);
        return ctx.identifiers().sql(ctx.identifiers().name(name));
    }

    private void returning(SqlKind kind, Normalized.Returning r, StringBuilder sql) {
        SqlParserPos pos = pos(r.origin());
        Dialect d = ctx.dialect();
        boolean supported = d == Dialect.POSTGRESQL
                || (d == Dialect.MARIADB && (kind == SqlKind.INSERT || kind == SqlKind.DELETE));
        if (!supported) {
            ctx.unsupported(pos, "RETURNING", d.yamlName() + " has no RETURNING for " + kind,
                    kind == SqlKind.INSERT ? "read LAST_INSERT_ID() after the insert" : "select the rows first");
            return;
        }
        try {
            sql.append(" RETURNING ").append(renderer.render(r.expressions(), ctx));
            ctx.applied("RETURNING INTO to RETURNING");
            ctx.warn(pos, "RETURNING ... INTO", "values come back as a result set for " + String.join(", ", r.into()),
                    "read them with executeQuery/getResultSet instead of OUT binds");
        } catch (SqlParseException e) {
            ctx.unsupported(pos, "RETURNING", "cannot parse the returned expressions", null);
        }
    }

    /** A position that carries an offset in the original statement (line 0); see {@link Translator}. */
    static SqlParserPos pos(int origin) {
        return new SqlParserPos(0, origin + 1);
    }
}
