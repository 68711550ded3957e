package io.cutover.cli.connect;

import io.cutover.cdc.kafka.SinkStatus;
import io.cutover.cdc.kafka.SourceConnectorProperties;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status",
        description = {"Where a Kafka Connect deployment stands: from the positions the Cutover sink stores on every"
            + " shard, per shard and per topic partition, the changes applied, the last applied source position and"
            + " the lag (now minus that change's source commit time; it overstates a partition whose table is idle).",
            "With --connect-url, also the state of the source and sink connectors and of each task, with the cause"
            + " of a failure."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every shard answered (and, with --connect-url, both connectors and all their tasks run)",
            "1:a connector or task is not RUNNING (FAILED, PAUSED, UNASSIGNED) or does not exist",
            "2:invalid input (mapping file)",
            "3:a shard (named in the output) or the Connect REST API is unreachable"})
final class ConnectStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Mixin
    JsonOption output;

    @Option(names = "--connect-url", paramLabel = "URL",
            description = "The Connect REST API, e.g. http://connect:8083, to show the connectors' and tasks' states.")
    String connectUrl;

    @Option(names = "--topic-prefix", paramLabel = "P",
            description = "As given to connect config: the connectors are P-source and P-sink (default: cutover_<plan name>).")
    String topicPrefix;

    @Override
    public Integer call() {
        MigrationPlan plan = mapping.load();
        SinkStatus sink = SinkStatus.read(plan);
        List<ConnectorState> connectors = new ArrayList<>();
        String unreachable = null;
        if (connectUrl != null) {
            String prefix = topicPrefix != null ? topicPrefix : SourceConnectorProperties.defaultTopicPrefix(plan);
            ConnectRest rest = new ConnectRest(connectUrl);
            try {
                for (String name : List.of(prefix + "-source", prefix + "-sink")) {
                    connectors.add(ConnectorState.of(name, rest.status(name)));
                }
            } catch (CutoverException e) {
                if (e.code() != ErrorCode.CONNECTION_FAILED) {
                    throw e;
                }
                unreachable = e.getMessage();
                connectors.clear();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            Json.print(out, ConnectStatusText.json(sink, connectors));
        } else {
            ConnectStatusText.print(out, sink, connectors);
        }
        if (unreachable != null) {
            spec.commandLine().getErr().println("cutover: " + unreachable);
            spec.commandLine().getErr().flush();
        }
        for (SinkStatus.Shard s : sink.shards()) {
            if (s.problem() != null) {
                unreachable = s.problem();
            }
        }
        if (unreachable != null) {
            return ExitCodes.PRECONDITION;
        }
        for (ConnectorState c : connectors) {
            if (!c.running()) {
                return ExitCodes.FOUND;
            }
        }
        return ExitCodes.OK;
    }
}
