package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.samples.LoadResult;
import io.cutover.samples.ShopData;
import io.cutover.samples.ShopSchema;
import io.cutover.samples.ShopTable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Fills the source with the SHOP sample, as {@code cutover sample load} does. */
final class LoadStep implements DemoStep {
    @Override
    public String name() {
        return "load";
    }

    @Override
    public StepResult run(DemoContext context) {
        DemoOptions options = context.options();
        context.progress("SHOP schema and " + options.size().customers() + " customers with their orders");
        ShopSchema.create(context.sourcePool());
        LoadResult loaded = ShopData.load(context.sourcePool(), options.size(), options.seed());
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<ShopTable, Long> e : loaded.rows().entrySet()) {
            rows.put(e.getKey().sqlName(), e.getValue());
        }
        String line = String.format(Locale.ROOT, "%,d rows in %d SHOP tables on the source (%,d rows/s, seed %d)",
                loaded.totalRows(), rows.size(), loaded.rowsPerSecond(), options.seed());
        return StepResult.ok(line, figures("rows", loaded.totalRows(), "rowsPerSecond", loaded.rowsPerSecond(),
                "tables", rows));
    }
}
