package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.mappings.assess.Assessment;
import io.cutover.mappings.assess.AssessmentReport;
import io.cutover.mappings.assess.HtmlReport;
import java.nio.file.Path;

/** What the migration will take, from the Oracle DDL, as {@code cutover assess --ddl ... -f ... -o ...html} reports it. */
final class AssessStep implements DemoStep {
    @Override
    public String name() {
        return "assess";
    }

    @Override
    public StepResult run(DemoContext context) throws Exception {
        AssessmentReport report = Assessment.of(OracleSchema.FILE, OracleSchema.read()).plan(context.plan())
                .target(context.plan().target().dialect()).report();
        Path html = Reports.write(context, "assessment.html", HtmlReport.render(report));
        return StepResult.ok(report.headline(), figures("level", report.level().toString(), "personDays",
                report.effort().personDays(), "tables", report.counts().tables(), "manualObjects",
                report.counts().manualObjectTotal(), "report", html.toString()));
    }
}
