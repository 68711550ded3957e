package io.cutover.cli;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import java.nio.file.Path;
import java.util.function.Function;
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
        return PlanLoader.load(file, environment(command));
    }

    /** The root command's lookup for {@code ${env:NAME}}, for commands whose mapping file is optional. */
    public static Function<String, String> environment(CommandSpec command) {
        return ((CutoverCommand) command.root().userObject()).environment;
    }
}
