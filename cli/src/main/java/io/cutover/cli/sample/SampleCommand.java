package io.cutover.cli.sample;

import picocli.CommandLine.Command;

@Command(name = "sample", description = {"The SHOP sample on the mapping file's source: a PostgreSQL or MariaDB stand-in "
    + "for the Oracle database, filled with deterministic data and kept busy with a live workload."},
        subcommands = {SampleLoadCommand.class, SampleWorkloadCommand.class})
public final class SampleCommand {
}
