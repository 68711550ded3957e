package io.cutover.cli.connect;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "connect",
        description = "Scale out on Kafka Connect: Debezium's source connector and the Cutover sink connector"
            + " (plugin cutover-connect-plugin.zip) in place of cutover stream.",
        subcommands = {ConnectConfigCommand.class, ConnectStatusCommand.class})
public final class ConnectCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'cutover connect --help'");
    }
}
