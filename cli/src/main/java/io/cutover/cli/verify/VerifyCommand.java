package io.cutover.cli.verify;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.position.Position;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.cli.stream.StopSignals;
import io.cutover.verify.Mode;
import io.cutover.verify.RoundResult;
import io.cutover.verify.RepairMode;
import io.cutover.verify.Verify;
import io.cutover.verify.VerifyListener;
import io.cutover.verify.VerifyResult;
import io.cutover.verify.report.HtmlReport;
import io.cutover.verify.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "verify", subcommands = VerifyQueriesCommand.class,
        description = {"Proves that the shards hold the same rows as the source: per key-range chunk, row counts and "
            + "checksums computed in the databases, narrowing of mismatching chunks to a row diff that names every "
            + "missing, extra, different and misplaced row, and fix SQL with the source as the baseline.",
            "Progress is kept in table cutover_verify on the first shard: an interrupted run continues where it "
            + "stopped.",
            "With --continuous, the full pass is followed by rounds, one every --interval seconds until Ctrl-C or "
            + "SIGTERM (which stop after the chunks being compared): each compares again the chunks holding rows the "
            + "stream changed since the round before (the keys it records in table cutover_touched on the shards), "
            + "with the --max-lag rule, and reports what it compared and the differences that persisted. Text: the "
            + "full report, then a line per round (and its differences). JSON and HTML with -o: the file is rewritten "
            + "after the pass and after every round (pass and rounds so far), a line per round on stdout. JSON "
            + "without -o: one JSON object per line, the pass then each round."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:source and target are equal (in the pass and every round)",
            "1:differences found (listed), or stopped before the full pass finished",
            "2:invalid input, or a table could not be compared"})
public final class VerifyCommand implements Callable<Integer> {
    private static final ObjectMapper LINE = new ObjectMapper();

    /** How the report is written. */
    public enum Format { TEXT, JSON, HTML }

    @Spec
    CommandSpec spec;

    // not a required mixin: picocli would demand it before the queries subcommand too
    @Option(names = {"-f", "--mapping"}, paramLabel = "FILE", description = "The mapping file (YAML) describing the "
            + "migration (required).")
    Path mappingFile;

    @Option(names = "--tables", split = ",", paramLabel = "TABLE",
            description = "Source tables to verify (default: every table the mapping file does not exclude).")
    List<String> tables = List.of();

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class, description = "count, checksum or rows (default: ${DEFAULT-VALUE}).")
    Mode mode = Mode.CHECKSUM;

    @Option(names = "--repair", paramLabel = "WHAT", converter = RepairConverter.class,
            description = "print: write the fix SQL per shard; apply: run it, re-reading each source row.")
    RepairMode repair = RepairMode.NONE;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class, description = "text, json or html (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to this file.")
    Path output;

    @Option(names = "--restart", description = "Start over instead of continuing an interrupted run.")
    boolean restart;

    @Option(names = "--chunk-rows", paramLabel = "N", description = "Rows per chunk (default: ${DEFAULT-VALUE}).")
    int chunkRows = 10_000;

    @Option(names = "--max-lag", paramLabel = "SECONDS",
            description = "Verify while the stream runs: a difference is reported only if it is still there once the "
                + "shards have applied the source position read with it, waiting at most this long; the others are "
                + "counted as in flight. Needs the stream's positions on the shards.")
    Integer maxLagSeconds;

    @Option(names = "--continuous", description = "After the full pass, keep comparing the chunks the stream "
            + "changes, a round every --interval seconds, until Ctrl-C or SIGTERM. Without --max-lag, waits at most "
            + "60 seconds for the stream.")
    boolean continuous;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "--continuous: seconds between rounds "
            + "(default: ${DEFAULT-VALUE}).")
    int intervalSeconds = 10;

    @Override
    public Integer call() {
        if (mappingFile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--mapping=FILE'");
        }
        if (intervalSeconds < 0 || (maxLagSeconds != null && maxLagSeconds < 0)) {
            throw new ParameterException(spec.commandLine(), "--interval and --max-lag take seconds, 0 or more");
        }
        if (continuous && format == Format.HTML && output == null) {
            throw new ParameterException(spec.commandLine(), "--continuous --format html needs -o FILE: the page is "
                    + "rewritten after every round");
        }
        PrintWriter out = spec.commandLine().getOut();
        Verify verify = Verify.of(MappingFileOption.load(spec, mappingFile)).tables(tables).mode(mode).repair(repair)
                .restart(restart).rowsPerChunk(chunkRows)
                .maxLag(maxLagSeconds == null ? null : Duration.ofSeconds(maxLagSeconds))
                .continuous(continuous ? Duration.ofSeconds(intervalSeconds) : null)
                .listener(new VerifyListener() {
                    @Override
                    public void waitingForStream(String table, String chunk, Position position, List<String> shards) {
                        spec.commandLine().getErr().println("waiting for " + String.join(", ", shards) + " to apply "
                                + position + " (" + table + " " + chunk + ")");
                    }

                    @Override
                    public void passFinished(VerifyResult pass) {
                        report(pass, out);
                    }

                    @Override
                    public void roundFinished(RoundResult round, VerifyResult result) {
                        if (output != null) {
                            write(result);
                            out.print(TextReport.round(round).lines().findFirst().orElse("") + "\n");
                        } else {
                            out.print(format == Format.JSON ? jsonLine(round) : TextReport.round(round));
                        }
                        out.flush();
                    }
                });
        VerifyResult result;
        try (StopSignals signals = continuous ? StopSignals.install(verify::stop) : null) {
            result = verify.run();
        }
        if (!continuous || result.stopped()) {
            report(result, out);
        } else if (output == null && format == Format.TEXT) {
            out.println(result.failed() ? "some tables could not be compared" : result.equal()
                    ? "source and target are equal" : "differences found");
        }
        out.flush();
        return result.failed() ? ExitCodes.INVALID : result.equal() && !result.stopped() ? ExitCodes.OK : ExitCodes.FOUND;
    }

    /** The whole report to stdout or the file; continuous JSON to stdout is one object on one line. */
    private void report(VerifyResult result, PrintWriter out) {
        if (output != null) {
            write(result);
            out.println("wrote " + output + " (" + format.name().toLowerCase(Locale.ROOT) + " verify report: "
                    + (result.failed() ? "errors" : result.equal() ? "equal" : "differences found") + ")");
        } else if (continuous && format == Format.JSON) {
            out.print(jsonLine(result));
        } else {
            out.print(render(result));
        }
        out.flush();
    }

    private String render(VerifyResult result) {
        return switch (format) {
            case TEXT -> TextReport.render(result);
            case HTML -> HtmlReport.render(result);
            case JSON -> {
                StringWriter json = new StringWriter();
                Json.print(new PrintWriter(json), result);
                yield json.toString();
            }
        };
    }

    private static String jsonLine(Object value) {
        try {
            return LINE.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /** Writes the report next to the file, then moves it over, so a reader never sees half a report. */
    private void write(VerifyResult result) {
        try {
            Path dir = output.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".cutover-verify", ".tmp");
            Files.writeString(temp, render(result), StandardCharsets.UTF_8);
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, output + ": cannot write the report: " + e.getMessage());
        }
    }

    /** Enum values in any case, with the allowed values in the error. */
    abstract static class LowerCaseConverter<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final String allowed;

        LowerCaseConverter(Class<E> type, String allowed) {
            this.type = type;
            this.allowed = allowed;
        }

        @Override
        public E convert(String value) {
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown value '" + value + "'; expected " + allowed);
            }
        }
    }

    static final class ModeConverter extends LowerCaseConverter<Mode> {
        ModeConverter() {
            super(Mode.class, "count, checksum or rows");
        }
    }

    static final class RepairConverter extends LowerCaseConverter<RepairMode> {
        RepairConverter() {
            super(RepairMode.class, "print or apply");
        }

        @Override
        public RepairMode convert(String value) {
            if (value.equalsIgnoreCase("none")) {
                throw new TypeConversionException("unknown value 'none'; expected print or apply");
            }
            return super.convert(value);
        }
    }

    static final class FormatConverter extends LowerCaseConverter<Format> {
        FormatConverter() {
            super(Format.class, "text, json or html");
        }
    }
}
