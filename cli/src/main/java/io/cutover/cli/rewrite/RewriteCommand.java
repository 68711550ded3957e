package io.cutover.cli.rewrite;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.cli.schema.SchemaSource;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Skipped;
import io.cutover.rewrite.Catalog;
import io.cutover.rewrite.RewriteResult;
import io.cutover.rewrite.Rewriter;
import io.cutover.rewrite.Route;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "rewrite",
        description = {"Translates Oracle application SQL to the target dialect, statement by statement: the "
            + "translated SQL, the rules applied and warnings; untranslatable statements with line:col, construct "
            + "and suggestion.", "With a mapping file, also the shard(s) and physical table(s) each statement "
            + "runs on, or 'scatter: all shards'.", "With the source schema (--ddl, or --from-source with -f), "
            + "column types and primary keys are known: date arithmetic (hire_date + 1), TRUNC and MERGE are "
            + "translated by type; without it they are warned about or reported."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every statement translated (and routed, with a mapping file)",
            "1:some statements could not be translated or routed (listed)",
            "2:unusable input (unknown dialect, unreadable file, bad mapping file)"})
public final class RewriteCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIALECT",
            description = "Target dialect: mysql, mariadb, oceanbase-mysql, tidb or postgresql (default: the mapping's).")
    String to;

    @Option(names = {"-f", "--mapping"}, paramLabel = "FILE",
            description = "The mapping file: route each statement to its shards and physical tables.")
    Path mappingFile;

    @Option(names = "--file", paramLabel = "FILE", description = "Oracle SQL script (UTF-8); standard input without it.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT", converter = FormatConverter.class,
            description = "text or json (default: text).")
    Format format;

    @ArgGroup(multiplicity = "0..1")
    SchemaSource schema;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        MigrationPlan plan = mappingFile == null ? null : MappingFileOption.load(spec, mappingFile);
        Dialect dialect = dialect(plan);
        String script = SqlInput.read(file, System.in);
        Rewriter.Builder builder = Rewriter.to(dialect);
        if (plan != null) {
            builder.plan(plan);
        }
        if (schema != null) {
            builder.catalog(catalog(schema.read(plan)));
        }
        RewriteResult result = builder.build().rewrite(script);
        long notRoutable = result.statements().stream().filter(s -> s.routing() != null
                && s.routing().route().kind() == Route.Kind.NOT_ROUTABLE).count();
        PrintWriter out = spec.commandLine().getOut();
        if (json.json || format == Format.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dialect", dialect.yamlName());
            m.putAll(result.toMap());
            if (plan != null) {
                m.put("notRoutable", notRoutable);
            }
            Json.print(out, m);
        } else {
            out.print(result.toText());
            out.printf("%d statement(s) for %s: %d translated, %d not translated%s%n", result.statements().size(),
                    dialect.yamlName(), result.statements().size() - result.unsupported(), result.unsupported(),
                    plan == null ? "" : ", " + notRoutable + " not routable with " + plan.file());
            out.flush();
        }
        return result.unsupported() > 0 || notRoutable > 0 ? ExitCodes.FOUND : ExitCodes.OK;
    }

    /** The catalog of the source schema; DDL statements the reader skipped are named, their columns stay unknown. */
    private Catalog catalog(Schema source) {
        PrintWriter err = spec.commandLine().getErr();
        for (Skipped s : source.skipped()) {
            err.printf("cutover: schema statement skipped, its columns are unknown to rewrite: %s: %s%n",
                    s.location(), s.reason());
        }
        err.flush();
        return Catalog.of(source);
    }

    private Dialect dialect(MigrationPlan plan) {
        if (to == null) {
            if (plan == null) {
                throw new CutoverException(ErrorCode.INVALID_INPUT,
                        "give the target dialect with --to, or a mapping file with -f");
            }
            return plan.target().dialect();
        }
        Dialect chosen = Dialect.fromYamlName(to);
        if (chosen == null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--to " + to
                    + ": unknown dialect; use mysql, mariadb, oceanbase-mysql, tidb or postgresql");
        }
        return chosen;
    }

    /** {@code text} or {@code json}, in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format; use text or json");
        }
    }
}
