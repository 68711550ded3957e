package io.cutover.cli.plan;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.connect.EndpointCheck;
import io.cutover.mappings.connect.EndpointProbe;
import io.cutover.mappings.plan.MigrationPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        description = {"Checks a mapping file and prints its tables, how each is sharded and the physical layout.",
            "With --connect, also opens every endpoint and reports reachability and server version."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (and every endpoint reachable with --connect)", "2:the mapping file is invalid",
            "3:an endpoint is unreachable"})
final class PlanValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Mixin
    JsonOption output;

    @Option(names = "--connect", description = "Open each connection and report reachability and server version.")
    boolean connect;

    @Override
    public Integer call() {
        MigrationPlan plan = mapping.load();
        PlanLayout layout = PlanLayout.of(plan);
        List<EndpointCheck> checks = connect ? EndpointProbe.probeAll(plan) : List.of();
        if (output.json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("valid", true);
            result.put("plan", layout);
            if (connect) {
                result.put("endpoints", checks);
            }
            Json.print(spec.commandLine().getOut(), result);
        } else {
            PlanText.print(spec.commandLine().getOut(), layout, checks);
        }
        return checks.stream().allMatch(EndpointCheck::reachable) ? ExitCodes.OK : ExitCodes.PRECONDITION;
    }
}
