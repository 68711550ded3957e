package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.ConversionResult;
import io.cutover.mappings.ddl.Finding;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.migrate.MigrationWriter;
import io.cutover.mappings.migrate.MigrationWriter.Written;
import io.cutover.mappings.plan.MigrationPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Oracle DDL to MariaDB DDL for both shards, written as Flyway migrations, as {@code cutover schema convert} does. */
final class ConvertStep implements DemoStep {
    @Override
    public String name() {
        return "convert";
    }

    @Override
    public StepResult run(DemoContext context) {
        MigrationPlan plan = context.plan();
        ConversionResult result = new SchemaConverter(ConversionOptions.DEFAULTS)
                .convert(OracleSchema.read(), plan, plan.target().dialect());
        List<Written> written = MigrationWriter.write(result, context.options().migrations(), "shop",
                OracleSchema.FILE + ", mapping " + plan.file() + ", " + plan.target().dialect().yamlName());
        Map<String, Integer> statements = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder(OracleSchema.FILE + " to " + plan.target().dialect().yamlName() + ":");
        for (Written w : written) {
            statements.put(w.shard(), w.statements());
            line.append(' ').append(w.shard()).append(' ').append(w.statements()).append(" statements,");
        }
        long review = result.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).count();
        line.append(' ').append(review).append(" findings to review (e.g. foreign keys dropped across shards); ")
                .append(context.options().migrations());
        return StepResult.ok(line.toString(), figures("statements", statements, "findings", review,
                "migrations", context.options().migrations().toString()));
    }
}
