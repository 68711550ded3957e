package io.cutover.cli.sample;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.cli.ExitCodes;
import io.cutover.cli.MappingFileOption;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.samples.LoadResult;
import io.cutover.samples.ShopData;
import io.cutover.samples.ShopSchema;
import io.cutover.samples.ShopTable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", description = {"Creates the SHOP schema in the mapping file's source and fills it with "
    + "deterministic data: the same --seed and --rows give the same rows."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "2:invalid input, or the source could not be written",
            "3:the source already holds tables (use --replace)"})
final class SampleLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingFileOption mapping;

    @Option(names = "--rows", paramLabel = "N",
            description = "About how many rows to load, scaled by customers (default: about 325,000 rows).")
    Long rows;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generated values (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--replace", description = "Drop the SHOP tables and sequences first; other tables stay.")
    boolean replace;

    @Override
    public Integer call() {
        if (rows != null && rows < 1) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "--rows " + rows + ": give a positive row count");
        }
        ShopData.Size size = rows == null ? ShopData.Size.DEFAULT : ShopData.Size.ofRows(rows);
        MigrationPlan plan = mapping.load();
        PrintWriter out = spec.commandLine().getOut();
        try (HikariDataSource source = SampleSource.open(plan)) {
            List<String> existing = SampleSource.run(plan, () -> ShopSchema.existingTables(source));
            if (!existing.isEmpty() && !replace) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("cutover: " + plan.source().endpoint() + " already holds " + existing.size()
                        + " table(s) (" + String.join(", ", existing.subList(0, Math.min(5, existing.size())))
                        + (existing.size() > 5 ? ", ..." : "") + "); load into an empty schema, or run again with "
                        + "--replace to drop the SHOP tables first");
                err.flush();
                return ExitCodes.PRECONDITION;
            }
            LoadResult result = SampleSource.run(plan, () -> {
                if (replace) {
                    ShopSchema.drop(source);
                }
                ShopSchema.create(source);
                return ShopData.load(source, size, seed);
            });
            print(out, plan, result);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, MigrationPlan plan, LoadResult result) {
        out.println("Loaded the SHOP sample into " + plan.source().endpoint() + " (seed " + seed + ", "
                + (rows == null ? "default size" : "--rows " + rows) + ")");
        for (Map.Entry<ShopTable, Long> e : result.rows().entrySet()) {
            out.printf(Locale.ROOT, "  %-12s %,10d%n", e.getKey().sqlName(), e.getValue());
        }
        out.printf(Locale.ROOT, "  %-12s %,10d rows in %.1f s (%,d rows/s)%n", "total", result.totalRows(),
                result.elapsed().toMillis() / 1000.0, result.rowsPerSecond());
        out.println("Next: ./cutover sample workload -f " + mapping.file);
        out.flush();
    }
}
