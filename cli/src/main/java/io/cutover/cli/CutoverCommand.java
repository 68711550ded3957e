package io.cutover.cli;

import io.cutover.cli.connect.ConnectCommand;
import io.cutover.cli.demo.DemoCommand;
import io.cutover.cli.plan.PlanCommand;
import io.cutover.cli.rewrite.RewriteCommand;
import io.cutover.cli.sample.SampleCommand;
import io.cutover.cli.sandbox.SandboxCommand;
import io.cutover.cli.schema.AssessCommand;
import io.cutover.cli.schema.SchemaCommand;
import io.cutover.cli.snapshot.SnapshotCommand;
import io.cutover.cli.stream.StreamCommand;
import io.cutover.cli.verify.VerifyCommand;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "cutover",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Moves a live Oracle database onto a sharded or distributed SQL database without downtime.",
        subcommands = {PlanCommand.class, AssessCommand.class, SchemaCommand.class, SnapshotCommand.class,
            StreamCommand.class, RewriteCommand.class, VerifyCommand.class, ConnectCommand.class, SandboxCommand.class,
            SampleCommand.class, DemoCommand.class, CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the job ran and found differences or skipped something",
            "2:invalid input (mapping file, DDL, SQL, options) or the job could not run",
            "3:a precondition is not met (e.g. an endpoint is unreachable)"})
final class CutoverCommand implements Runnable {
    /** Where {@code ${env:NAME}} references in mapping files are looked up. */
    final Function<String, String> environment;

    CutoverCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    VerboseOption verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'cutover --help'");
    }
}
