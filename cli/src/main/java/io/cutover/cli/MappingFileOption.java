package io.cutover.cli;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code -f mapping.yaml}: the migration plan every command reads. */
public final class MappingFileOption {
    @Option(names = {"-f", "--mapping"}, required = true, paramLabel = "FILE",
            description = "The mapping file (YAML) describing the migration.")
    public Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Loads and validates the plan, resolving {@code ${env:...}} from the root command's environment. */
    public MigrationPlan load() {
        CutoverCommand root = (CutoverCommand) command.root().userObject();
        return PlanLoader.load(file, root.environment);
    }
}
