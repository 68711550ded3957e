package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.cli.Json;
import io.cutover.verify.results.QueryCheck;
import io.cutover.verify.results.QueryResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code cutover verify queries} over the application's Oracle SQL ({@code samples/shop/app.sql}): each SELECT
 * runs on the source as written and, translated and routed, on the shards, and the results are compared. The
 * source here is PostgreSQL, so statements in Oracle-only SQL fail on the source side; they are counted as such.
 */
final class QueriesStep implements DemoStep {
    static final String FILE = "app.sql";

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        context.progress("reading " + FILE + " on both sides");
        List<QueryResult> results = QueryCheck.of(context.plan()).run(SampleFiles.read(FILE));
        StringWriter json = new StringWriter();
        Json.print(new PrintWriter(json), results);
        Path report = Reports.write(context, "queries.json", json.toString());
        Map<QueryResult.Outcome, Long> outcomes = new EnumMap<>(QueryResult.Outcome.class);
        for (QueryResult.Outcome o : QueryResult.Outcome.values()) {
            outcomes.put(o, 0L);
        }
        for (QueryResult r : results) {
            outcomes.merge(r.outcome(), 1L, Long::sum);
        }
        StringJoiner line = new StringJoiner(", ", results.size() + " statements of " + FILE + ": ", " (" + report + ")");
        outcomes.forEach((o, n) -> line.add(n + " " + o.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return new StepResult(line.toString(), figures("statements", results.size(), "outcomes", outcomes,
                "report", report.toString()), outcomes.get(QueryResult.Outcome.DIFFERENT) == 0);
    }
}
