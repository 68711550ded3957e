package io.cutover.bench;

import io.cutover.cdc.snapshot.Snapshot;
import io.cutover.cdc.snapshot.SnapshotResult;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.sandbox.SandboxCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The snapshot benchmark (bench/README.md). For each table (the composite-key {@code events}, the 10-column
 * {@code wide}) generated on a private MariaDB source, the same rows are copied by: Cutover's snapshot into 4
 * MariaDB shards; {@code LOAD DATA LOCAL INFILE} of each shard's slice (the raw limit); Debezium's built-in
 * initial snapshot through {@code cutover stream}; Cutover's snapshot into one PostgreSQL database; pgloader
 * into the same PostgreSQL table; PostgreSQL {@code COPY} (reference). Targets are emptied between contenders
 * and each result is checked against the source (rows and checksum, and each shard's row count). Prints
 * rows/s and the ratios against their targets; exits 1 when a contender failed or copied wrong rows.
 * Each table's contenders run in rounds (default 2), each round on the same rows: the first round runs in a fresh
 * JVM, where code is still being loaded and compiled, as it is not during a copy that takes hours.
 * Arguments: rows of {@code events} (default 1,000,000), rows of {@code wide} (default: the same), rounds.
 */
public final class SnapshotBench {
    /** The binlog client logs each connect through java.util.logging, past slf4j's level; held so it stays set. */
    private static final Logger BINLOG_CLIENT_LOG = Logger.getLogger("com.github.shyiko.mysql.binlog");

    private SnapshotBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] arguments = arguments(args);
        if (arguments == null) {
            System.err.println("usage: SnapshotBench [events rows, default 1000000] [wide rows, default: the same]"
                    + " [rounds, default 2]; rows a whole number from 1000 to 100000000, rounds from 1 to 5");
            System.exit(2);
        }
        BINLOG_CLIENT_LOG.setLevel(Level.WARNING);
        System.out.println("load average at start: " + loadAverage());
        boolean failed = false;
        SandboxCluster servers = SandboxCluster.start(1, 4);
        Thread cleanup = new Thread(servers::close, "sandbox-cleanup"); // Ctrl-C leaves no servers behind
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            SnapshotRig rig = new SnapshotRig(servers);
            SnapshotTable[] tables = {SnapshotTable.events(), SnapshotTable.wide()};
            for (int i = 0; i < tables.length; i++) {
                for (Measured m : bench(rig, tables[i], arguments[i], arguments[2])) {
                    failed |= m.failed();
                }
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            servers.close();
        }
        System.out.println("load average at end: " + loadAverage());
        System.exit(failed ? 1 : 0);
    }

    private static List<Measured> bench(SnapshotRig rig, SnapshotTable table, int n, int rounds) throws Exception {
        long start = System.nanoTime();
        rig.create(table, n);
        Fingerprint expected = rig.sourceFingerprint(table);
        Dump dump = Dump.write(rig, table, rig.shardPlan("cutover_" + table.name(), table, SnapshotRig.STATE));
        System.out.printf(Locale.ROOT, "%ntable %s: %,d rows (%s), generated and dumped in %.1f s; shard slices %s%n",
                table.name(), expected.rows(), table.shardBy(), (System.nanoTime() - start) / 1e9,
                Arrays.toString(dump.shardRows()));
        List<Measured> all = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "round %d of %d%s%n", round, rounds, round == 1
                    ? " (a fresh JVM: the contenders that run in it also pay for loading and compiling their code)" : "");
            all.addAll(round(rig, table, expected, dump, round));
        }
        Files.deleteIfExists(dump.whole()); // the dumps live in memory (/dev/shm) until the servers are removed
        for (Path p : dump.shardFiles()) {
            Files.deleteIfExists(p);
        }
        return all;
    }

    /** Every contender once; jobs are named per round, so no run finds the stored progress of an earlier one. */
    private static List<Measured> round(SnapshotRig rig, SnapshotTable table, Fingerprint expected, Dump dump, int round)
            throws Exception {
        String suffix = table.name() + "_" + round;
        long rows = expected.rows();
        Measured.Check shards = () -> shardMismatch(rig, table, expected, dump);
        Measured.Check postgres = () -> expected.mismatch(rig.postgresFingerprint(table));
        CpuUse cpu = rig.cpuUse();
        List<Measured> all = new ArrayList<>();
        MigrationPlan shardPlan = rig.shardPlan("cutover_" + suffix, table, SnapshotRig.STATE);

        Measured cutover = report(all, Measured.of("Cutover snapshot -> 4 MariaDB shards", rows, cpu,
                () -> snapshot(shardPlan), shards));
        rig.emptyShards(table);
        Measured loadData = report(all, Measured.of("LOAD DATA LOCAL INFILE -> 4 MariaDB shards", rows, cpu,
                () -> RawLoad.loadData(rig, table, dump), shards));
        rig.emptyShards(table);
        String dbzState = "dbz_" + suffix; // alone on its server: Debezium's offset store searches every database
        Targets.create(rig.state, dbzState);
        Measured debezium = report(all, Measured.of("Debezium initial snapshot (stream) -> 4 shards", rows, cpu,
                () -> DebeziumSnapshot.run(rig.shardPlan("debezium_" + suffix, table, dbzState), rows,
                        () -> rig.shardRows(table)), shards));
        Targets.exec(rig.state, SnapshotRig.STATE, "DROP DATABASE " + dbzState);
        rig.emptyShards(table);

        Measured cutoverPg = report(all, Measured.of("Cutover snapshot -> PostgreSQL", rows, cpu,
                () -> snapshot(rig.postgresPlan("cutover_pg_" + suffix, table)), postgres));
        rig.emptyPostgres(table);
        Path pgloader = Pgloader.find();
        Measured pgloaded = report(all, pgloader == null
                ? Measured.skipped("pgloader -> PostgreSQL", "skipped: pgloader is not installed (apt-get install -y"
                        + " pgloader)")
                : Measured.of("pgloader -> PostgreSQL", rows, cpu, () -> Pgloader.run(pgloader, rig, table), postgres));
        rig.emptyPostgres(table);
        Measured copy = report(all, Measured.of("COPY FROM STDIN -> PostgreSQL (reference)", rows, cpu,
                () -> RawLoad.copy(rig, table, dump), postgres));
        rig.emptyPostgres(table);

        System.out.println(Measured.ratio("Cutover / LOAD DATA (raw limit)", cutover, loadData, 0.75));
        System.out.println(Measured.ratio("Cutover / Debezium snapshot", cutover, debezium, 3));
        System.out.println(Measured.ratio("Cutover / pgloader (into PostgreSQL)", cutoverPg, pgloaded, 1.5));
        System.out.println(Measured.ratio("Cutover / COPY (into PostgreSQL)", cutoverPg, copy, 0));
        System.out.println("  at best, were every core busy for the whole run:");
        System.out.println(Measured.ceiling("Cutover / LOAD DATA (raw limit)", cutover, loadData));
        System.out.println(Measured.ceiling("Cutover / Debezium snapshot", cutover, debezium));
        return all;
    }

    private static Measured report(List<Measured> all, Measured m) {
        System.out.println(m.line());
        all.add(m);
        return m;
    }

    /** Seconds of a whole {@code Snapshot.run()}, as {@code cutover snapshot} calls it (4 workers). */
    private static double snapshot(MigrationPlan plan) {
        long start = System.nanoTime();
        SnapshotResult result = Snapshot.of(plan).run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.outcome() != SnapshotResult.Outcome.FINISHED) {
            throw new IllegalStateException(result.outcome() + ": " + result.message());
        }
        return seconds;
    }

    /** Null when the shards together match the source and each holds the rows the router sends it. */
    private static String shardMismatch(SnapshotRig rig, SnapshotTable table, Fingerprint expected, Dump dump)
            throws Exception {
        List<Fingerprint> shards = rig.shardFingerprints(table);
        String mismatch = expected.mismatch(Fingerprint.sum(shards));
        for (int s = 0; mismatch == null && s < shards.size(); s++) {
            if (shards.get(s).rows() != dump.shardRows()[s]) {
                mismatch = "shard " + s + " holds " + shards.get(s).rows() + " rows, the router sends it "
                        + dump.shardRows()[s];
            }
        }
        return mismatch;
    }

    /** Rows of {@code events}, rows of {@code wide}, rounds; null when an argument is not valid. */
    private static int[] arguments(String[] args) {
        int[] values = new int[3];
        try {
            values[0] = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
            values[1] = args.length > 1 ? Integer.parseInt(args[1]) : values[0];
            values[2] = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        } catch (NumberFormatException e) {
            return null;
        }
        boolean valid = args.length <= 3 && values[0] >= 1000 && values[1] >= 1000 && values[0] <= 100_000_000
                && values[1] <= 100_000_000 && values[2] >= 1 && values[2] <= 5;
        return valid ? values : null;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
