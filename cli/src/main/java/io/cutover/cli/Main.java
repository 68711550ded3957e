package io.cutover.cli;

import java.util.function.Function;
import picocli.CommandLine;

/** The {@code cutover} command line. Parses, calls the module APIs, prints; nothing else. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return commandLine(System::getenv);
    }

    /** The configured command line; tests call {@code execute} on it with captured output and their own environment. */
    public static CommandLine commandLine(Function<String, String> environment) {
        CommandLine cli = new CommandLine(new CutoverCommand(environment));
        ErrorHandler errors = new ErrorHandler();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        addHelpOptions(cli);
        return cli;
    }

    /** {@code -h} and {@code -V} on every command, not only the root. */
    private static void addHelpOptions(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        for (CommandLine sub : command.getSubcommands().values()) {
            addHelpOptions(sub);
        }
    }
}
