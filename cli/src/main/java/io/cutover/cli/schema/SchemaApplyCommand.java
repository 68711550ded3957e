package io.cutover.cli.schema;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.migrate.SchemaApply;
import io.cutover.mappings.migrate.ShardOutcome;
import io.cutover.mappings.migrate.ShardOutcome.PendingScript;
import io.cutover.mappings.migrate.ShardOutcome.Status;
import io.cutover.mappings.plan.MigrationPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "apply",
        description = {"Brings every shard to the converted schema with Flyway (history table "
            + SchemaApply.HISTORY_TABLE + " on each shard).",
            "Running it twice changes nothing; a failed shard is named and a rerun continues where it stopped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every shard is at the latest version (or, with --dry-run, the plan was printed)",
            "2:invalid input, or a shard failed (named in the output)"})
final class SchemaApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Mixin
    JsonOption output;

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "Migrations written by 'schema convert', one folder per shard (default: ${DEFAULT-VALUE}).")
    Path migrations = Path.of("migrations");

    @Option(names = "--dry-run", description = "Print the SQL each shard would run; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        MigrationPlan plan = mapping.load();
        List<ShardOutcome> outcomes = SchemaApply.of(plan, migrations).dryRun(dryRun).run();
        PrintWriter out = spec.commandLine().getOut();
        List<String> failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).map(ShardOutcome::shard).toList();
        if (output.json) {
            Json.print(out, Map.of("shards", outcomes));
        } else {
            print(out, outcomes);
            if (!failed.isEmpty()) {
                out.printf("%n%d of %d shards failed: %s. Fix the cause and run 'cutover schema apply -f %s' again;"
                        + " shards already migrated are not touched.%n", failed.size(), outcomes.size(),
                        String.join(", ", failed), plan.file());
            }
            out.flush();
        }
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static void print(PrintWriter out, List<ShardOutcome> outcomes) {
        for (ShardOutcome o : outcomes) {
            String detail = switch (o.status()) {
                case MIGRATED -> o.applied() + " migration(s) applied, now at version " + o.version()
                        + (o.repaired() == null ? "" : " (cleared failed " + o.repaired() + " of an earlier run)");
                case UP_TO_DATE -> "up to date at version " + o.version();
                case PENDING -> o.applied() + " migration(s) would run:";
                case FAILED -> o.error();
            };
            out.printf("%-8s %-10s %s%n", o.shard(), o.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    detail);
            for (PendingScript script : o.pending()) {
                out.printf("%n-- %s: %s%n%s%n", o.shard(), script.script(), script.sql().strip());
            }
        }
    }
}
