package io.cutover.cli;

import picocli.CommandLine;

/** The {@code cutover} command line. Parses, calls the module APIs, prints; nothing else. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with captured output. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CutoverCommand());
        ErrorHandler errors = new ErrorHandler();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        return cli;
    }
}
