package io.cutover.cli;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -f mapping.yaml}: the migration plan every command reads. */
public final class MappingFileOption {
    @Option(names = {"-f", "--mapping"}, required = true, paramLabel = "FILE",
            description = "The mapping file (YAML) describing the migration.")
    public Path file;

    public MigrationPlan load() {
        return PlanLoader.load(file);
    }
}
