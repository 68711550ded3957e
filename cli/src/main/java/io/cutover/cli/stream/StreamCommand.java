package io.cutover.cli.stream;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.plan.MigrationPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "stream",
        description = {"Streams the source's changes into the shards (Debezium snapshot first, then every change)"
            + " until Ctrl-C or SIGTERM, which stop it cleanly after the batch in flight.",
            "A restart resumes where the last run stopped. Needs 'state' in the mapping file's stream: section."},
        subcommands = StreamStatusCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped on request (Ctrl-C, SIGTERM) after the batch in flight",
            "2:invalid input (mapping file, no stream state database) or the stream failed (named in the message)",
            "4:stopped before a source schema change (on-ddl: stop, or one on-ddl: apply cannot add); the message "
                + "names it and how to go on"})
public final class StreamCommand implements Callable<Integer> {
    /** The stream stopped before a source schema change, as {@code on-ddl: stop} asks. */
    static final int STOPPED_ON_DDL = 4;

    @Spec
    CommandSpec spec;

    // not a required mixin option: 'stream status' takes its own -f
    @Option(names = {"-f", "--mapping"}, paramLabel = "FILE", description = "The mapping file (YAML) describing the migration.")
    Path file;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics at http://HOST:PORT/metrics (0 picks a free port).")
    Integer metricsPort;

    @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the metrics endpoint binds to (default: ${DEFAULT-VALUE}).")
    String metricsHost;

    @Override
    public Integer call() throws Exception {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--mapping=FILE'");
        }
        MigrationPlan plan = MappingFileOption.load(spec, file);
        StreamOptions options = StreamOptions.of(plan);
        options.requireState();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (MetricsEndpoint metrics = metricsPort == null ? null : MetricsEndpoint.start(metricsHost, metricsPort, plan.name())) {
            if (metrics != null) {
                options = options.tracker(metrics.tracker());
                if (!quiet) {
                    out.println("metrics: " + metrics.url());
                    out.flush();
                }
            }
            Stream stream = Stream.of(plan).options(options);
            StreamResult result;
            try (StopSignals signals = StopSignals.install(stream::stop);
                 ProgressPrinter progress = ProgressPrinter.start(stream, out, quiet)) {
                result = stream.run();
            }
            return report(plan, result, out, err);
        }
    }

    private int report(MigrationPlan plan, StreamResult result, PrintWriter out, PrintWriter err) {
        switch (result.outcome()) {
            case STOPPED -> {
                if (!quiet) {
                    out.println("stopped: " + StatusText.totals(result.status()) + ". Run 'cutover stream -f "
                            + plan.file() + "' to resume.");
                    out.flush();
                }
                return ExitCodes.OK;
            }
            case STOPPED_ON_DDL -> {
                err.println("cutover: stream " + plan.name() + " stopped: " + result.message());
                err.flush();
                return STOPPED_ON_DDL;
            }
            default -> {
                err.println("cutover: stream " + plan.name() + " failed: " + result.message()
                        + ". Fix the cause and run 'cutover stream -f " + plan.file()
                        + "' again; it resumes from the last applied batch.");
                err.flush();
                return ExitCodes.INVALID;
            }
        }
    }
}
