package io.cutover.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code -v}: show stack traces of errors. Inherited by every subcommand. */
public final class VerboseOption {
    public static final String NAME = "--verbose";

    @Option(names = {"-v", NAME}, scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean verbose;
}
