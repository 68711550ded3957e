package io.cutover.cli.sample;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import io.cutover.samples.SampleException;
import io.cutover.samples.ShopSchema;
import io.cutover.samples.ShopTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** The mapping file's source as the sample's database, with sample failures turned into messages for the CLI. */
final class SampleSource {
    private SampleSource() {
    }

    /** A pool on the source; an Oracle source is refused, since the sample is its stand-in. */
    static HikariDataSource open(MigrationPlan plan) {
        if (plan.source().type() == SourceType.ORACLE) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, plan.file() + ": source type oracle: the SHOP sample "
                    + "goes into a PostgreSQL or MariaDB/MySQL stand-in for the Oracle source; point the source at one "
                    + "(./cutover sandbox up writes such a mapping file)");
        }
        return Connections.pool(plan.source().endpoint(), "sample", 2);
    }

    /** The SHOP tables the source lacks, by name. */
    static List<String> missingTables(MigrationPlan plan, DataSource source) {
        List<String> existing = run(plan, () -> ShopSchema.existingTables(source));
        List<String> missing = new ArrayList<>();
        for (ShopTable t : ShopTable.values()) {
            if (!existing.contains(t.sqlName())) {
                missing.add(t.sqlName());
            }
        }
        return missing;
    }

    /** Runs a sample step; a database failure becomes one message naming the source endpoint. */
    static <T> T run(MigrationPlan plan, Supplier<T> step) {
        try {
            return step.get();
        } catch (SampleException e) {
            boolean connection = e.sqlState().startsWith("08") || e.sqlState().startsWith("28");
            throw new CutoverException(connection ? ErrorCode.CONNECTION_FAILED : ErrorCode.INVALID_INPUT,
                    plan.source().endpoint() + ": " + e.getMessage(), e);
        }
    }
}
