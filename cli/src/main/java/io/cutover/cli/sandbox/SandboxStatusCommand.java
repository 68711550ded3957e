package io.cutover.cli.sandbox;

import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.sandbox.SandboxEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", description = "Lists the sandbox servers and whether each is running.")
final class SandboxStatusCommand implements Callable<Integer> {
    @ParentCommand
    SandboxCommand sandbox;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        List<SandboxEntry> entries = SandboxCommand.guarded(() -> sandbox.directory().status());
        print(spec.commandLine().getOut(), entries, output.json, "No sandbox servers in " + sandbox.directory().path());
        return 0;
    }

    static void print(PrintWriter out, List<SandboxEntry> entries, boolean json, String whenEmpty) {
        if (json) {
            Json.print(out, Map.of("servers", entries));
            return;
        }
        if (entries.isEmpty()) {
            out.println(whenEmpty);
        }
        for (SandboxEntry e : entries) {
            out.printf("%-10s %-8s pid %-8d %-48s %s%n", e.name(), e.running() ? "running" : "stopped", e.pid(),
                    e.jdbcUrl(), e.engine().name().toLowerCase(java.util.Locale.ROOT));
        }
        out.flush();
    }
}
