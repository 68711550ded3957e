package io.cutover.rewrite.internal;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.rewrite.Catalog;
import io.cutover.rewrite.Issue;
import io.cutover.rewrite.Routing;
import io.cutover.rewrite.StatementResult;
import io.cutover.rewrite.internal.route.StatementRouter;
import io.cutover.rewrite.internal.lex.Normalized;
import io.cutover.rewrite.internal.lex.Normalizer;
import io.cutover.rewrite.internal.parse.OracleParser;
import io.cutover.rewrite.internal.rule.ConnectByRule;
import io.cutover.rewrite.internal.rule.RuleContext;
import io.cutover.rewrite.internal.rule.RuleShuttle;
import io.cutover.rewrite.internal.unparse.TargetDialects;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Translates one Oracle statement: normalise, parse, rewrite, unparse, re-attach the cut clauses. */
public final class Translator {
    private final Dialect dialect;
    private final SqlDialect sqlDialect;
    private final Catalog catalog;
    private final StatementRouter router; // null without a migration plan

    public Translator(Dialect dialect, Catalog catalog, StatementRouter router) {
        this.dialect = dialect;
        this.sqlDialect = TargetDialects.of(dialect);
        this.catalog = catalog;
        this.router = router;
    }

    public StatementResult translate(String statement) {
        Normalized n = Normalizer.normalize(statement);
        List<Issue> issues = new ArrayList<>();
        for (Normalized.Problem p : n.problems()) {
            issues.add(issue(statement, Issue.Severity.UNSUPPORTED, p.origin(), p.construct(), p.message(),
                    p.suggestion()));
        }
        if (leadingWord(n.sql()).matches("BEGIN|DECLARE|CREATE")) {
            issues.add(issue(statement, Issue.Severity.UNSUPPORTED, 0, leadingWord(n.sql()),
                    "PL/SQL and DDL are not translated by rewrite", "port PL/SQL by hand; convert DDL with the schema step"));
            return new StatementResult(statement, null, n.binds(), List.copyOf(n.rules()), issues, null);
        }
        SqlNode parsed;
        try {
            parsed = OracleParser.statement(n.sql());
        } catch (SqlParseException e) {
            SqlParserPos pos = e.getPos();
            int offset = pos == null ? 0 : n.origin(Math.max(pos.getColumnNum() - 1, 0));
            issues.add(issue(statement, Issue.Severity.UNSUPPORTED, offset, "syntax",
                    "cannot parse: " + e.getMessage().lines().findFirst().orElse(""),
                    "check the statement in Oracle; report unparseable valid Oracle SQL as a Cutover bug"));
            return new StatementResult(statement, null, n.binds(), List.copyOf(n.rules()), issues, null);
        }
        if (!SqlKind.QUERY.contains(parsed.getKind()) && !SqlKind.DML.contains(parsed.getKind())) {
            issues.add(issue(statement, Issue.Severity.UNSUPPORTED, 0, parsed.getKind().sql,
                    "only queries and DML are translated", null));
            return new StatementResult(statement, null, n.binds(), List.copyOf(n.rules()), issues, null);
        }
        RuleContext ctx = new RuleContext(dialect, catalog);
        ctx.appliedRules().addAll(n.rules());
        List<String> binds = n.binds();
        if (n.hierarchy() != null) {
            parsed = ConnectByRule.apply(parsed, n.hierarchy(), ctx);
            binds = new ArrayList<>(n.hierarchy().binds());
            binds.addAll(n.binds());
            binds = List.copyOf(binds);
        }
        StatementRouter.Scan scan = router == null ? null : router.scan(parsed, binds);
        SqlNode rewritten = parsed.accept(new RuleShuttle(ctx));
        if (scan != null) {
            rewritten = scan.cutRows(rewritten, this::unparse);
            scan.readBranches(rewritten, this::unparse);
        }
        StringBuilder sql = new StringBuilder(unparse(rewritten));
        new ClauseRules(ctx, n, this::unparseText).apply(rewritten, sql);
        for (RuleContext.Finding f : ctx.findings()) {
            int offset = f.pos() == null || f.pos().getColumnNum() <= 0 ? 0
                    : f.pos().getLineNum() == 0 ? f.pos().getColumnNum() - 1 : n.origin(f.pos().getColumnNum() - 1);
            issues.add(issue(statement, f.severity(), offset, f.construct(), f.message(), f.suggestion()));
        }
        boolean ok = issues.stream().noneMatch(i -> i.severity() == Issue.Severity.UNSUPPORTED);
        String translated = ok ? sql.toString() : null;
        Routing routing = null;
        if (ok && scan != null) {
            routing = scan.finish(translated);
            translated = scan.logicalSql(routing);
        }
        return new StatementResult(statement, translated, binds, List.copyOf(ctx.appliedRules()), issues,
                routing);
    }

    private String unparse(SqlNode node) {
        return node.toSqlString(c -> c.withDialect(sqlDialect).withClauseStartsLine(false).withClauseEndsLine(false)
                .withIndentation(0).withSelectListItemsOnSeparateLines(false).withQuoteAllIdentifiers(true)
                .withAlwaysUseParentheses(false)).getSql();
    }

    /** Parses, rewrites and unparses an expression list cut out of a statement (RETURNING). */
    private String unparseText(String expressions, RuleContext ctx) throws SqlParseException {
        SqlNode select = OracleParser.statement("SELECT " + expressions);
        String s = unparse(select.accept(new RuleShuttle(ctx)));
        return s.substring("SELECT ".length());
    }

    private static String leadingWord(String sql) {
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }

    private static Issue issue(String statement, Issue.Severity severity, int offset, String construct, String message,
                               String suggestion) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < statement.length(); i++) {
            if (statement.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Issue(severity, line, col, construct, message, suggestion);
    }
}
