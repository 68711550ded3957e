package io.cutover.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output, also for errors. */
public final class JsonOption {
    public static final String NAME = "--json";

    @Option(names = NAME, description = "Print JSON instead of text (errors too).")
    public boolean json;
}
