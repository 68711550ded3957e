package io.cutover.bench;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.shard.ShardRouter;
import io.cutover.mappings.shard.TableRoute;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw contenders' input, written before any timing: the source table dumped by the source server
 * ({@code SELECT ... INTO OUTFILE}, MariaDB's tab-separated text with backslash escapes, which PostgreSQL's
 * {@code COPY} text format reads too), and that dump split into one file per shard with Cutover's shard router.
 *
 * @param whole      the whole table
 * @param shardFiles each shard's rows, in shard order
 * @param shardRows  the number of rows in each shard file
 */
record Dump(Path whole, List<Path> shardFiles, long[] shardRows) {

    static Dump write(SnapshotRig rig, SnapshotTable table, MigrationPlan shardPlan) throws SQLException, IOException {
        Path dir = rig.source.directory();
        Path whole = dir.resolve("dump-" + table.name() + ".tsv");
        Targets.exec(rig.source, SnapshotRig.SOURCE, "SELECT * INTO OUTFILE '" + whole + "' CHARACTER SET utf8mb4 FROM "
                + table.name());
        TableRoute route = ShardRouter.of(shardPlan).table(table.name());
        List<Path> files = new ArrayList<>();
        List<Writer> writers = new ArrayList<>();
        long[] rows = new long[SnapshotRig.SHARDS];
        try (Reader in = Files.newBufferedReader(whole, StandardCharsets.UTF_8)) {
            for (int s = 0; s < SnapshotRig.SHARDS; s++) {
                files.add(dir.resolve("dump-" + table.name() + "-s" + s + ".tsv"));
                writers.add(Files.newBufferedWriter(files.get(s), StandardCharsets.UTF_8));
            }
            StringBuilder record = new StringBuilder();
            char[] buffer = new char[1 << 16];
            boolean escaped = false;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    record.append(c);
                    if (escaped) {
                        escaped = false; // an escaped tab or newline is data, not a separator
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '\n') {
                        int s = route.route(Long.parseLong(record.substring(0, record.indexOf("\t")))).shardIndex();
                        writers.get(s).append(record);
                        rows[s]++;
                        record.setLength(0);
                    }
                }
            }
        } finally {
            for (Writer w : writers) {
                w.close();
            }
        }
        return new Dump(whole, files, rows);
    }

    long rows() {
        long sum = 0;
        for (long r : shardRows) {
            sum += r;
        }
        return sum;
    }
}
