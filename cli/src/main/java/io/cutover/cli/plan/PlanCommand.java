package io.cutover.cli.plan;

import picocli.CommandLine.Command;

@Command(name = "plan", description = "Work with the mapping file (the migration plan).",
        subcommands = {PlanValidateCommand.class})
public final class PlanCommand {
}
