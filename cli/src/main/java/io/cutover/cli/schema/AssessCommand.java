package io.cutover.cli.schema;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.assess.Assessment;
import io.cutover.mappings.assess.AssessmentReport;
import io.cutover.mappings.assess.HtmlReport;
import io.cutover.mappings.assess.TextReport;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "assess",
        description = {"Reads an Oracle DDL export and reports what the migration will take: object counts, the status "
            + "of every table, columns whose values change, conversion warnings, objects to convert by hand with a "
            + "difficulty score, the effort in person-days and the migration level (A-C, 1-5)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the DDL was read completely", "1:statements were skipped (listed in the report)",
            "2:unusable input (empty, binary or missing DDL file, invalid mapping file, bad option)"})
public final class AssessCommand implements Callable<Integer> {
    /** How the report is written. */
    public enum Format { TEXT, JSON, HTML }

    @Spec
    CommandSpec spec;

    @Mixin
    SchemaInput input;

    @Option(names = "--to", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Target dialect: mysql, mariadb, oceanbase-mysql, tidb or postgresql (default: the mapping "
                    + "file's, else mysql).")
    Dialect to;

    @Option(names = {"-f", "--mapping"}, paramLabel = "FILE",
            description = "A mapping file (YAML); the report then shows each table's placement.")
    Path mapping;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, json or html (default: text).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to this file.")
    Path output;

    @Override
    public Integer call() {
        MigrationPlan plan = mapping == null ? null : MappingFileOption.load(spec, mapping);
        Schema schema = input.read(plan);
        AssessmentReport report = Assessment.of(input.name(plan), schema).plan(plan).target(to).report();
        String rendered = render(report);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(rendered);
        } else {
            write(rendered);
            out.println("wrote " + output + " (" + format.name().toLowerCase(Locale.ROOT) + " assessment of " + input.name(plan)
                    + ", migration level " + report.level() + ")");
        }
        out.flush();
        return report.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.FOUND;
    }

    private String render(AssessmentReport report) {
        return switch (format) {
            case TEXT -> TextReport.render(report);
            case HTML -> HtmlReport.render(report);
            case JSON -> {
                StringWriter json = new StringWriter();
                Json.print(new PrintWriter(json), report);
                yield json.toString();
            }
        };
    }

    private void write(String rendered) {
        try {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, output + ": cannot write the report: " + DdlInput.reason(e));
        }
    }

    /** Dialects by their mapping-file names. */
    static final class DialectConverter implements ITypeConverter<Dialect> {
        @Override
        public Dialect convert(String value) {
            Dialect d = Dialect.fromYamlName(value);
            if (d == null) {
                throw new TypeConversionException("unknown dialect '" + value + "'; expected one of "
                        + String.join(", ", Arrays.stream(Dialect.values()).map(Dialect::yamlName).toList()));
            }
            return d;
        }
    }

    /** Formats in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown format '" + value + "'; expected text, json or html");
            }
        }
    }
}
