package io.cutover.cli.schema;

import io.cutover.cli.ExitCodes;
import io.cutover.cli.Json;
import io.cutover.cli.JsonOption;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.ConversionResult;
import io.cutover.mappings.ddl.Finding;
import io.cutover.mappings.ddl.IdPlan;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.migrate.MigrationWriter;
import io.cutover.mappings.migrate.MigrationWriter.Written;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Skipped;
import java.io.PrintWriter;
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

@Command(name = "convert",
        description = {"Converts the source schema (Oracle DDL, or the live source with --from-source) to target DDL for every shard and writes it as Flyway migrations "
            + "(<dir>/<shard>/V1__<name>.sql).", "Applies nothing: run 'cutover schema apply' next."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything converted", "1:converted, but statements or tables were skipped (listed)",
            "2:unusable input"})
final class SchemaConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SchemaInput input;

    @Option(names = "--to", paramLabel = "DIALECT",
            description = "Target dialect: mysql, mariadb, oceanbase-mysql, tidb or postgresql (default: the mapping's).")
    String to;

    @Option(names = {"-f", "--mapping"}, paramLabel = "FILE",
            description = "The mapping file: shard layout and placements. Without it, one unsharded target.")
    Path mappingFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where to write the migrations.")
    Path output;

    @Option(names = "--keep-co-sharded-fks",
            description = "Keep foreign keys between tables sharded alike on the key (physical table i to i).")
    boolean keepCoShardedForeignKeys;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        MigrationPlan plan = mappingFile == null ? null : MappingFileOption.load(spec, mappingFile);
        Dialect dialect = dialect(plan);
        Schema schema = input.read(plan);
        ConversionResult result = new SchemaConverter(new ConversionOptions(keepCoShardedForeignKeys))
                .convert(schema, plan, dialect);
        String origin = input.origin(plan) + (plan == null ? "" : ", mapping " + plan.file()) + ", " + dialect.yamlName();
        List<Written> written = MigrationWriter.write(result, output, input.stem(plan), origin);
        List<Finding> problems = result.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
        boolean skipped = !schema.skipped().isEmpty() || result.hasErrors();
        if (json.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dialect", dialect.yamlName());
            out.put("migrations", written);
            out.put("skipped", schema.skipped());
            out.put("findings", problems);
            out.put("idPlan", result.ids());
            Json.print(spec.commandLine().getOut(), out);
        } else {
            print(spec.commandLine().getOut(), dialect, written, schema.skipped(), problems, result.ids());
        }
        return skipped ? ExitCodes.FOUND : ExitCodes.OK;
    }

    private Dialect dialect(MigrationPlan plan) {
        if (to == null) {
            return plan == null ? Dialect.MYSQL : plan.target().dialect();
        }
        Dialect chosen = Dialect.fromYamlName(to);
        if (chosen == null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--to " + to
                    + ": unknown dialect; use mysql, mariadb, oceanbase-mysql, tidb or postgresql");
        }
        if (plan != null && chosen != plan.target().dialect()) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--to " + to + " differs from dialect "
                    + plan.target().dialect().yamlName() + " in " + plan.file() + "; drop --to or change the mapping");
        }
        return chosen;
    }

    private static void print(PrintWriter out, Dialect dialect, List<Written> written, List<Skipped> skipped,
                              List<Finding> problems, List<IdPlan> ids) {
        out.printf("Converted to %s:%n", dialect.yamlName());
        for (Written w : written) {
            out.printf("  %-8s %4d statements  %s%s%n", w.shard(), w.statements(), w.file(),
                    w.replaced() ? "  (replaced a different file: if it was applied, add a new version instead)" : "");
        }
        if (!skipped.isEmpty()) {
            out.printf("%nSkipped %d statement(s):%n", skipped.size());
            for (Skipped s : skipped) {
                out.printf("  %s: %s%n      %s%n", s.location(), s.reason(), s.excerpt());
            }
        }
        if (!problems.isEmpty()) {
            out.printf("%nTo review (%d):%n", problems.size());
            for (Finding f : problems) {
                out.printf("  %-7s %s: %s%n", f.severity(), f.object(), f.message());
            }
        }
        if (!ids.isEmpty()) {
            out.printf("%nGlobal ID plan for after cutover:%n");
            for (IdPlan id : ids) {
                out.printf("  %s %s: %s%n", id.source(), id.columns(), id.action());
            }
        }
        out.flush();
    }
}
