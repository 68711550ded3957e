package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On an exact copy, every chunk of checksum mode matches at the first comparison: the source's per-physical-table
 * shares, grouped in the source database by the router's SQL twin (mod on ITEMS, hash on ORDERS), equal each
 * physical table's checksum. A share computed for the wrong table would send the chunk to bisection.
 */
@Servers(postgres = 1, mariadb = 1)
class VerifySharesTest {

    @Test
    void postgresSourceSharesMatchMariaDbTables(SandboxCluster servers) {
        everyChunkMatches(new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(0), "s1")), 300));
    }

    @Test
    void mariaDbSourceSharesMatchPostgresTables(SandboxCluster servers) {
        everyChunkMatches(new Fixture(Db.create(servers.mariadb(0), "src"),
                List.of(Db.create(servers.postgres(0), "s0"), Db.create(servers.postgres(0), "s1")), 300));
    }

    private static void everyChunkMatches(Fixture f) {
        VerifyResult r = Verify.of(f.plan).mode(Mode.CHECKSUM).rowsPerChunk(50).restart(true).run();
        assertEquals(List.of(301L, 200L, 3L), r.tables().stream().map(TableResult::sourceRows).toList());
        for (TableResult t : r.tables()) {
            assertEquals(t.chunks(), t.matchedChunks(), t.toString());
        }
    }
}
