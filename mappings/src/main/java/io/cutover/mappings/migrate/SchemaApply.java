package io.cutover.mappings.migrate;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.migrate.ShardOutcome.PendingScript;
import io.cutover.mappings.migrate.ShardOutcome.Status;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every shard to its converted schema with Flyway: the migrations of shard {@code s0} live in
 * {@code <dir>/s0}, and each shard keeps its own history in {@value #HISTORY_TABLE}. Running it twice
 * changes nothing; a shard that fails is reported by name while the others still migrate, and a rerun
 * continues where it stopped. PostgreSQL runs each migration in a transaction, so a failure leaves nothing
 * behind. MySQL-family DDL is not transactional: the failed migration is cleared with Flyway's repair and runs
 * again, which the converted DDL allows (CREATE TABLE IF NOT EXISTS everywhere; indexes and foreign keys too
 * on MariaDB, the only member of the family whose syntax has the guard for them).
 */
public final class SchemaApply {
    public static final String HISTORY_TABLE = "cutover_schema_history";

    private final MigrationPlan plan;
    private final Path migrations;
    private boolean dryRun;

    private SchemaApply(MigrationPlan plan, Path migrations) {
        this.plan = plan;
        this.migrations = migrations;
    }

    public static SchemaApply of(MigrationPlan plan, Path migrations) {
        return new SchemaApply(plan, migrations);
    }

    /** Report the pending migrations and their SQL; change nothing. */
    public SchemaApply dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    public List<ShardOutcome> run() {
        List<Path> dirs = new ArrayList<>();
        for (Endpoint shard : plan.target().shards()) {
            Path dir = migrations.resolve(shard.name());
            if (!Files.isDirectory(dir)) {
                throw new CutoverException(ErrorCode.INVALID_INPUT, dir + ": no migrations for shard " + shard.name()
                        + "; write them with 'cutover schema convert -f " + plan.file() + " -o " + migrations + "'");
            }
            dirs.add(dir);
        }
        List<ShardOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            outcomes.add(apply(plan.target().shards().get(i), dirs.get(i)));
        }
        return outcomes;
    }

    private ShardOutcome apply(Endpoint shard, Path dir) {
        // Flyway holds one connection for its history table and may open another for the migration
        try (HikariDataSource pool = Connections.pool(shard, "schema", 2)) {
            Flyway flyway = Flyway.configure(SchemaApply.class.getClassLoader())
                    .dataSource(pool)
                    .locations("filesystem:" + dir.toAbsolutePath())
                    .table(HISTORY_TABLE)
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load();
            if (dryRun) {
                return pending(shard, flyway, dir);
            }
            String repaired = repairFailed(flyway);
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null ? null : flyway.info().current().getVersion().getVersion();
            Status status = result.migrationsExecuted > 0 ? Status.MIGRATED : Status.UP_TO_DATE;
            return new ShardOutcome(shard.name(), status, result.migrationsExecuted, version, repaired, List.of(), null);
        } catch (FlywayException e) {
            return new ShardOutcome(shard.name(), Status.FAILED, 0, null, null, List.of(), FlywayErrors.describe(e));
        }
    }

    private static ShardOutcome pending(Endpoint shard, Flyway flyway, Path dir) {
        List<PendingScript> scripts = new ArrayList<>();
        for (MigrationInfo info : flyway.info().pending()) {
            scripts.add(new PendingScript(info.getVersion().getVersion(), info.getScript(), read(dir.resolve(info.getScript()))));
        }
        MigrationInfo current = flyway.info().current();
        return new ShardOutcome(shard.name(), scripts.isEmpty() ? Status.UP_TO_DATE : Status.PENDING, scripts.size(),
                current == null ? null : current.getVersion().getVersion(), null, scripts, null);
    }

    /** Clears a failed migration left by an earlier run so that it runs again; returns its script or null. */
    private static String repairFailed(Flyway flyway) {
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState() == MigrationState.FAILED) {
                flyway.repair();
                return info.getScript();
            }
        }
        return null;
    }

    private static String read(Path script) {
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + script, e);
        }
    }
}
