package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A known gap, shown rather than hidden: interval values do not survive the journey yet. The stream writes a
 * PostgreSQL (or Oracle) {@code INTERVAL YEAR TO MONTH} as Debezium's microseconds into the converted column,
 * which holds total months ({@code INT}: out of range), and verify has no canonical form that equals an interval
 * and its converted total. Until both are fixed, the demo clears the two interval columns of the sample on the
 * source before the copy. Delete this step from {@link DemoSteps} once they are.
 */
final class KnownGapStep implements DemoStep {
    private static final List<String> CLEARED = List.of("shipments.warranty", "inventory.restock_every");

    @Override
    public String name() {
        return "gap";
    }

    @Override
    public StepResult run(DemoContext context) throws SQLException {
        long rows = 0;
        try (Connection c = context.sourcePool().getConnection(); Statement s = c.createStatement()) {
            for (String column : CLEARED) {
                String[] tableColumn = column.split("\\.");
                rows += s.executeUpdate("UPDATE " + tableColumn[0] + " SET " + tableColumn[1] + " = NULL WHERE "
                        + tableColumn[1] + " IS NOT NULL");
            }
        }
        return StepResult.ok("known gap: interval values are not streamed and verified correctly yet; cleared "
                + String.join(" and ", CLEARED) + " on the source (" + rows + " rows)",
                figures("clearedColumns", CLEARED, "rows", rows));
    }
}
