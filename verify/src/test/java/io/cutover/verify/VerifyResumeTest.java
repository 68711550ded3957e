package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interrupted run continues after its last finished chunk; a finished run is followed by a fresh one. */
@Servers(postgres = 1, mariadb = 2)
class VerifyResumeTest {

    @Test
    void continuesAfterTheStoredKey(SandboxCluster servers) {
        Fixture f = new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1")), 500);
        Verify items = Verify.of(f.plan).tables(List.of("items")).rowsPerChunk(100);
        TableResult full = items.run().tables().get(0);
        assertEquals(6, full.chunks());
        assertEquals(0, full.resumedChunks());
        // as if the run had stopped after chunk 1 (rows -3..98 and 99..198 done, last key 198)
        f.shards.get(0).exec("UPDATE cutover_verify SET finished = 0, chunks_done = 2, rows_checked = 200,"
                + " matched_chunks = 2, last_key = 'L3:198' WHERE table_name = 'items'");
        f.onItem(150, "DELETE FROM %t WHERE id = 150"); // in a finished chunk: not seen by the resumed run
        f.onItem(250, "DELETE FROM %t WHERE id = 250");
        TableResult resumed = items.run().tables().get(0);
        assertEquals(List.of(6L, 2L, 501L, 1L), List.of(resumed.chunks(), resumed.resumedChunks(),
                resumed.sourceRows(), resumed.differences().get(Difference.Kind.MISSING)));
        TableResult fresh = items.run().tables().get(0);
        assertEquals(List.of(0L, 2L), List.of(fresh.resumedChunks(), fresh.differences().get(Difference.Kind.MISSING)));
    }
}
