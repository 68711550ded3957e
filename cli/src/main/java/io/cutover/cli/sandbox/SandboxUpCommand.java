package io.cutover.cli.sandbox;

import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.sandbox.DatabaseServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "up", description = {"Starts the servers, prints their JDBC URLs and writes a mapping file for them.",
    "The first PostgreSQL server is the source; the MariaDB servers are the shards."})
final class SandboxUpCommand implements Callable<Integer> {
    @ParentCommand
    SandboxCommand sandbox;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Option(names = "--pg", paramLabel = "N", description = "PostgreSQL servers to start (default: ${DEFAULT-VALUE}).")
    int postgres = 1;

    @Option(names = "--mariadb", paramLabel = "N", description = "MariaDB servers to start (default: ${DEFAULT-VALUE}).")
    int mariadb = 2;

    @Override
    public Integer call() {
        if (postgres < 0 || mariadb < 0 || postgres + mariadb < 2) {
            throw new CutoverException(ErrorCode.INVALID_INPUT,
                    "--pg " + postgres + " --mariadb " + mariadb + ": a sandbox needs at least two servers, a source and a shard");
        }
        List<DatabaseServer> servers = SandboxCommand.guarded(() -> sandbox.directory().up(postgres, mariadb));
        Path mapping = SandboxMappingFile.write(sandbox.directory().path(), servers);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (DatabaseServer s : servers) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", s.name());
                entry.put("engine", s.engine().name().toLowerCase(java.util.Locale.ROOT));
                entry.put("port", s.port());
                entry.put("jdbcUrl", s.jdbcUrl());
                entry.put("username", s.username());
                list.add(entry);
            }
            Json.print(out, Map.of("servers", list, "mapping", mapping.toString()));
            return 0;
        }
        for (DatabaseServer s : servers) {
            out.printf("%-10s %-48s user %s%n", s.name(), s.jdbcUrl(), s.username());
        }
        out.printf("%nMapping file: %s%nNext: ./cutover plan validate --connect -f %s%nStop them:  ./cutover sandbox down%s%n",
                mapping, mapping, sandbox.dirOption());
        out.flush();
        return 0;
    }
}
