package io.cutover.cli.schema;

import picocli.CommandLine.Command;

@Command(name = "schema", description = "Convert Oracle DDL to the sharded target and apply it with Flyway.",
        subcommands = {SchemaApplyCommand.class})
public final class SchemaCommand {
}
