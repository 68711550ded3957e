package io.cutover.cli.verify;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.verify.results.Comparison;
import io.cutover.verify.results.QueryCheck;
import io.cutover.verify.results.QueryResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queries",
        description = {"Reads application queries twice: each SELECT on the source, and translated and routed on the "
            + "shards; the results are compared as an Oracle application sees them (multiset unless ORDER BY, scale "
            + "ignored, DATE = DATETIME at midnight, '' = NULL).",
            "An Oracle source runs the statement as written; another source (a stand-in) runs it translated to its "
            + "own dialect, which compares routing and sharding, not Oracle semantics.",
            "Bind values: a comment before the statement, e.g. -- binds: customer_id=42, status='PAID' (1=... for "
            + ":1; numbers, 'strings', NULL). Statements with binds and no values are skipped; statements using "
            + "SYSDATE, SYSTIMESTAMP or a sequence are not comparable."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every compared query gave the same result", "1:some results differ, or a query failed",
            "2:invalid input"})
public final class VerifyQueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Option(names = "--sql", required = true, paramLabel = "FILE", description = "The application's Oracle SQL script.")
    Path sql;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    VerifyCommand.Format format = VerifyCommand.Format.TEXT;

    @Override
    public Integer call() {
        String script;
        try {
            script = Files.readString(sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, sql + ": cannot read the SQL script: " + e.getMessage());
        }
        QueryCheck check = QueryCheck.of(mapping.load());
        List<QueryResult> results = check.run(script);
        PrintWriter out = spec.commandLine().getOut();
        if (format == VerifyCommand.Format.JSON) {
            Json.print(out, results);
        } else {
            if (check.sourceNote() != null) {
                out.println(check.sourceNote());
            }
            for (QueryResult r : results) {
                out.println(r.number() + " " + r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                        + (r.name() == null ? "" : r.name() + ": ") + r.sql().replace('\n', ' ')
                        + (r.route() == null ? "" : "  [" + r.route() + "]"));
                if (r.reason() != null) {
                    out.println("    " + r.reason());
                }
                if (r.comparison() != null && !r.comparison().equal()) {
                    for (Comparison.RowDifference d : r.comparison().differences()) {
                        out.println("    " + d.kind().name().toLowerCase(Locale.ROOT) + (d.row() > 0 ? " row " + d.row()
                                : "") + ": source " + d.left() + ", target " + d.right());
                    }
                }
            }
            out.println(QueryCheck.summary(results));
        }
        out.flush();
        boolean bad = results.stream().anyMatch(r -> r.outcome() == QueryResult.Outcome.DIFFERENT
                || r.outcome() == QueryResult.Outcome.FAILED);
        return bad ? ExitCodes.FOUND : ExitCodes.OK;
    }

    static final class FormatConverter extends VerifyCommand.LowerCaseConverter<VerifyCommand.Format> {
        FormatConverter() {
            super(VerifyCommand.Format.class, "text or json");
        }

        @Override
        public VerifyCommand.Format convert(String value) {
            if (value.equalsIgnoreCase("html")) {
                throw new picocli.CommandLine.TypeConversionException("unknown value 'html'; expected text or json");
            }
            return super.convert(value);
        }
    }
}
