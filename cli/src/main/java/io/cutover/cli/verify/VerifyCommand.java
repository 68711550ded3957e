package io.cutover.cli.verify;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.position.Position;
import io.cutover.verify.Mode;
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
            + "stopped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:source and target are equal", "1:differences found (listed)",
            "2:invalid input, or a table could not be compared"})
public final class VerifyCommand implements Callable<Integer> {
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

    @Override
    public Integer call() {
        if (mappingFile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--mapping=FILE'");
        }
        VerifyResult result = Verify.of(MappingFileOption.load(spec, mappingFile)).tables(tables).mode(mode).repair(repair).restart(restart)
                .rowsPerChunk(chunkRows).maxLag(maxLagSeconds == null ? null : Duration.ofSeconds(maxLagSeconds))
                .listener(new VerifyListener() {
                    @Override
                    public void waitingForStream(String table, String chunk, Position position, List<String> shards) {
                        spec.commandLine().getErr().println("waiting for " + String.join(", ", shards) + " to apply "
                                + position + " (" + table + " " + chunk + ")");
                    }
                }).run();
        String rendered = switch (format) {
            case TEXT -> TextReport.render(result);
            case HTML -> HtmlReport.render(result);
            case JSON -> {
                StringWriter json = new StringWriter();
                Json.print(new PrintWriter(json), result);
                yield json.toString();
            }
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(rendered);
        } else {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, output + ": cannot write the report: " + e.getMessage());
            }
            out.println("wrote " + output + " (" + format.name().toLowerCase(Locale.ROOT) + " verify report: "
                    + (result.failed() ? "errors" : result.equal() ? "equal" : "differences found") + ")");
        }
        out.flush();
        return result.failed() ? ExitCodes.INVALID : result.equal() ? ExitCodes.OK : ExitCodes.FOUND;
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
