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
import java.util.Map;

/**
 * {@code cutover verify queries} over the application's Oracle SQL ({@code samples/shop/app.sql}): each SELECT
 * runs, translated and routed, on the shards. The source here is a PostgreSQL stand-in for Oracle, so the source
 * side runs each statement translated to PostgreSQL, without routing: that compares the routing and sharding,
 * not Oracle semantics ({@link QueryCheck#sourceNote()}). The line gives the compared, equal and different
 * counts and why the other statements were not compared ({@link QueryCheck#summary(List)}).
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
        QueryCheck check = QueryCheck.of(context.plan());
        List<QueryResult> results = check.run(SampleFiles.read(FILE));
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
        String note = check.sourceNote();
        String line = FILE + ": " + QueryCheck.summary(results) + (note == null ? "" : "; " + note) + " (" + report + ")";
        return new StepResult(line, figures("statements", results.size(), "outcomes", outcomes,
                "sourceNote", note == null ? "" : note, "report", report.toString()), outcomes.get(QueryResult.Outcome.DIFFERENT) == 0);
    }
}
