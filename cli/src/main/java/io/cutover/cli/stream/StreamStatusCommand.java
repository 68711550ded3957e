package io.cutover.cli.stream;

import io.cutover.cdc.StreamStatus;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status",
        description = {"Where the stream stands, read from the positions stored on every shard: per shard and per"
            + " physical table, rows applied, the last applied source position and the lag.",
            "Works whether or not the stream runs. Lag in events is known only to a running stream (its progress"
            + " line and metrics)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every shard answered", "2:invalid input (mapping file)",
            "3:a shard is unreachable (named in the output)"})
final class StreamStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        MigrationPlan plan = mapping.load();
        StreamStatus status = StreamStatus.read(plan);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            Json.print(out, StatusText.json(status));
        } else {
            StatusText.print(out, status);
        }
        return StatusText.anyUnreachable(status.shards()) ? ExitCodes.PRECONDITION : ExitCodes.OK;
    }
}
