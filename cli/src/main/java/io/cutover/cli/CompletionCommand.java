package io.cutover.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Prints a bash/zsh completion script.",
            "Use it with: source <(cutover completion)"})
final class CompletionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash("cutover", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }
}
