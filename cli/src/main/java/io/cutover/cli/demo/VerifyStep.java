package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.verify.TableResult;
import io.cutover.verify.Verify;
import io.cutover.verify.VerifyResult;
import io.cutover.verify.report.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code cutover verify}: chunked checksums of every mapped table on both sides. Expects equal; also counts the
 * rows of every table on both sides, the figures the summary shows.
 */
final class VerifyStep implements DemoStep {
    private final String name;

    VerifyStep(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        context.progress("checksums per chunk on the source and every physical table");
        VerifyResult result = Verify.of(context.plan()).restart(true).run();
        Path report = Reports.write(context, name + ".txt", TextReport.render(result));
        List<RowCounts.TableCount> counts = RowCounts.count(context);
        long rows = result.tables().stream().mapToLong(TableResult::sourceRows).sum();
        long chunks = result.tables().stream().mapToLong(TableResult::chunks).sum();
        long differences = result.tables().stream().mapToLong(TableResult::totalDifferences).sum();
        String outcome = result.failed() ? "some tables could not be compared"
                : result.equal() ? "source and target are equal" : differences + " differences found";
        String line = String.format(Locale.ROOT, "%,d rows of %d tables in %,d chunks: %s (%s)", rows,
                result.tables().size(), chunks, outcome, report);
        return new StepResult(line, figures("equal", result.equal(), "rows", rows, "differences", differences,
                "tables", counts, "report", report.toString()), result.equal() && RowCounts.allEqual(counts));
    }
}
