package io.cutover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** One run of the {@code cutover} command line with captured output, as picocli's docs test commands. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine(env::get);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(Map.of(), args);
    }
}
