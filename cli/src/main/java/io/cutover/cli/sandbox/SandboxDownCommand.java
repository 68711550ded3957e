package io.cutover.cli.sandbox;

import io.cutover.cli.JsonOption;
import io.cutover.sandbox.SandboxEntry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "down", description = "Stops every sandbox server and deletes its data and the mapping file.")
final class SandboxDownCommand implements Callable<Integer> {
    @ParentCommand
    SandboxCommand sandbox;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        SandboxMappingFile.delete(sandbox.directory().path());
        List<SandboxEntry> stopped = SandboxCommand.guarded(() -> sandbox.directory().down());
        SandboxStatusCommand.print(spec.commandLine().getOut(), stopped, output.json,
                "No sandbox servers in " + sandbox.directory().path());
        if (!output.json && !stopped.isEmpty()) {
            spec.commandLine().getOut().printf("Stopped and removed %d server(s).%n", stopped.size());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
