package io.cutover.cli.connect;

import io.cutover.cdc.kafka.SourceConnectorProperties;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "config",
        description = {"Writes the Kafka Connect configurations of the mapping file: Debezium's source connector"
            + " (<prefix>-source.json) and the Cutover sink (<prefix>-sink.json), each the body of"
            + " POST /connectors. Passwords appear only as $${env:...} or $${dir:...} config provider references.",
            "Without -o and --apply, prints both as a JSON array."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written (or applied)",
            "2:invalid input (mapping file, a password written as text, options) or Connect refused a connector",
            "3:the Connect REST API did not answer"})
final class ConnectConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Option(names = "--topic-prefix", paramLabel = "P",
            description = "Debezium's topic.prefix; topics are P.<schema>.<table> (default: cutover_<plan name>).")
    String topicPrefix;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write the two JSON files into DIR.")
    Path output;

    @Option(names = "--apply", paramLabel = "CONNECT_URL",
            description = "Create or update both connectors through the Connect REST API at CONNECT_URL.")
    String apply;

    @Option(names = "--tasks", paramLabel = "N", defaultValue = "2",
            description = "tasks.max of the sink (default: ${DEFAULT-VALUE}); at most the partitions per topic help.")
    int tasks;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
            description = "Partitions of each table's topic, created by the source connector (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
            description = "Replication factor of those topics; -1 takes the broker's default (default: ${DEFAULT-VALUE}).")
    int replicationFactor;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka for Debezium's schema history topic; needed for Oracle, MariaDB and MySQL sources.")
    String bootstrapServers;

    @Option(names = "--worker-mapping-path", paramLabel = "PATH",
            description = "Where every worker has the mapping file; by default its text goes into the sink's settings.")
    String workerMappingPath;

    @Override
    public Integer call() throws IOException {
        MigrationPlan plan = mapping.load();
        if (tasks < 1 || partitions < 1) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--tasks and --partitions must be at least 1");
        }
        if (plan.source().type() != SourceType.POSTGRESQL && bootstrapServers == null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "a " + plan.source().type().yamlName() + " source keeps"
                    + " its schema history in a Kafka topic: give --bootstrap-servers HOST:PORT of the Kafka cluster");
        }
        String prefix = topicPrefix != null ? topicPrefix : SourceConnectorProperties.defaultTopicPrefix(plan);
        Path file = mapping.file.toAbsolutePath();
        ConnectorConfigs.Options options = new ConnectorConfigs.Options(prefix, tasks, partitions, replicationFactor,
                bootstrapServers, workerMappingPath, Files.readString(file), file.getParent());
        List<ConnectorConfigs.Connector> connectors = List.of(ConnectorConfigs.source(plan, options),
                ConnectorConfigs.sink(plan, options));
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            Files.createDirectories(output);
            for (ConnectorConfigs.Connector c : connectors) {
                Path target = output.resolve(c.name() + ".json");
                Files.writeString(target, json(body(c)));
                out.println("wrote " + target);
            }
        }
        if (apply != null) {
            ConnectRest rest = new ConnectRest(apply);
            for (ConnectorConfigs.Connector c : connectors) {
                try {
                    out.println((rest.put(c) ? "created " : "updated ") + c.name() + " at " + apply);
                } catch (CutoverException e) {
                    if (e.code() != ErrorCode.CONNECTION_FAILED) {
                        throw e;
                    }
                    out.flush();
                    spec.commandLine().getErr().println("cutover: " + e.getMessage());
                    spec.commandLine().getErr().flush();
                    return ExitCodes.PRECONDITION;
                }
            }
        }
        if (output == null && apply == null) {
            out.print(json(connectors.stream().map(ConnectConfigCommand::body).toList()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> body(ConnectorConfigs.Connector c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", c.name());
        body.put("config", c.config());
        return body;
    }

    private static String json(Object value) {
        StringWriter text = new StringWriter();
        Json.print(new PrintWriter(text), value);
        return text.toString();
    }
}
