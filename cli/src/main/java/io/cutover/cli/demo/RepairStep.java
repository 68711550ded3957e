package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.verify.Difference;
import io.cutover.verify.RepairMode;
import io.cutover.verify.TableResult;
import io.cutover.verify.Verify;
import io.cutover.verify.VerifyResult;
import io.cutover.verify.report.HtmlReport;
import io.cutover.verify.report.TextReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** {@code cutover verify --repair apply}: finds the differences and fixes them from the source rows. */
final class RepairStep implements DemoStep {
    private static final int SHOWN = 5;
    @Override
    public String name() {
        return "repair";
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        context.progress("checksums per chunk, row diff of the chunks that differ");
        VerifyResult result = Verify.of(context.plan()).restart(true).repair(RepairMode.APPLY).run();
        Path text = Reports.write(context, "repair.txt", TextReport.render(result));
        Path html = Reports.write(context, "repair.html", HtmlReport.render(result));
        List<Difference> found = new ArrayList<>();
        for (TableResult t : result.tables()) {
            found.addAll(t.samples());
        }
        List<Injected> injected = context.injected();
        List<Injected> missed = injected.stream().filter(i -> found.stream().noneMatch(i::matches)).toList();
        long statements = result.repaired().values().stream().mapToLong(Long::longValue).sum();
        StringJoiner line = new StringJoiner("; ", "", String.format(Locale.ROOT,
                "; repaired with %d statement(s) (%s)", statements, html));
        for (Difference d : found.subList(0, Math.min(SHOWN, found.size()))) {
            line.add(d.kind().name().toLowerCase(Locale.ROOT) + " " + d.table() + " " + d.key() + " at " + d.location());
        }
        if (found.size() > SHOWN) {
            line.add((found.size() - SHOWN) + " more in " + text);
        }
        boolean ok = missed.isEmpty() && found.size() == injected.size() && !result.failed();
        return new StepResult(found.size() + " found: " + line, figures("injected", injected.size(), "found",
                found.size(), "missed", missed, "differences", found, "repairStatements", statements,
                "reports", List.of(text.toString(), html.toString())), ok);
    }
}
