package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.migrate.SchemaApply;
import io.cutover.mappings.migrate.ShardOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Flyway migrate on every shard, as {@code cutover schema apply} does. */
final class ApplyStep implements DemoStep {
    @Override
    public String name() {
        return "apply";
    }

    @Override
    public StepResult run(DemoContext context) {
        List<ShardOutcome> outcomes = SchemaApply.of(context.plan(), context.options().migrations()).run();
        Map<String, String> versions = new LinkedHashMap<>();
        StringJoiner line = new StringJoiner(", ", "", "; history in table " + SchemaApply.HISTORY_TABLE);
        for (ShardOutcome o : outcomes) {
            if (o.status() == ShardOutcome.Status.FAILED) {
                throw new CutoverException(ErrorCode.INTERNAL, "schema apply failed on shard " + o.shard() + ": "
                        + o.error());
            }
            versions.put(o.shard(), o.version());
            line.add(o.shard() + " " + o.applied() + " migration(s), now at version " + o.version());
        }
        return StepResult.ok(line.toString(), figures("versions", versions));
    }
}
