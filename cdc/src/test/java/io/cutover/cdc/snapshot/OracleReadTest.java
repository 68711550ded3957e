package io.cutover.cdc.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.cdc.internal.apply.TargetTable;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.chunk.KeyColumn;
import io.cutover.mappings.chunk.SqlFlavor;
import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.shard.ShardRouter;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Oracle cannot run here: the flashback chunk query, the seeded offset and the undo check, as text. */
class OracleReadTest {

    @Test
    void chunksAreReadAsOfTheSnapshotScn() {
        SourcePoint point = OracleRead.point("987654321");
        SourceTable orders = new SourceTable(ShardRouter.of(PlanLoader.load("o.yaml", """
                name: o
                source: { type: oracle, jdbc-url: "jdbc:oracle:thin:@//db:1521/ORCL", username: U, schema: SHOP }
                target:
                  dialect: mariadb
                  shards: [ { name: s0, jdbc-url: "jdbc:mariadb://h/s0", username: u } ]
                tables: [ { source: ORDERS, shard-by: { column: CUSTOMER_ID, algorithm: mod } } ]
                """, Path.of("."), k -> null)).table("ORDERS"),
                new TargetTable("orders", List.of("id", "customer_id", "note"), List.of("id")),
                new ColumnTypes(new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR}, new String[] {"BIGINT", "BIGINT",
                        "VARCHAR"}),
                new TableRef("SHOP", "ORDERS"), List.of(new KeyColumn("ID", false)),
                new SourceTable.SourceColumns(List.of("ID", "CUSTOMER_ID", "NOTE"), Set.of()));
        String asOf = " AS OF SCN " + point.offset().get("scn");
        assertEquals("SELECT \"ID\", \"CUSTOMER_ID\", \"NOTE\" FROM \"SHOP\".\"ORDERS\" AS OF SCN 987654321"
                        + " WHERE \"ID\" > ? AND \"ID\" <= ?",
                orders.select(SqlFlavor.ORACLE, asOf, new Chunk("ORDERS", 1, List.of(-5L), List.of(10_000L))));
        assertEquals("SELECT COUNT(*) FROM \"SHOP\".\"ORDERS\" AS OF SCN 987654321", orders.count(SqlFlavor.ORACLE, asOf));
    }

    @Test
    void theStreamStartsAtTheSameScn() {
        SourcePoint point = OracleRead.point("987654321");
        assertEquals(SnapshotMethod.ORACLE_FLASHBACK_SCN, point.method());
        assertEquals(Map.of("scn", "987654321", "snapshot_scn", "987654321"), point.offset());
        assertEquals(point, SourcePoint.fromJson(point.toJson()));
        assertEquals("SELECT TO_CHAR(CURRENT_SCN) FROM V$DATABASE", OracleRead.currentScnSql());
        assertEquals("SELECT value FROM v$parameter WHERE name = 'undo_retention'", OracleRead.undoRetentionSql());
    }

    @Test
    void aShortUndoRetentionIsReported() {
        assertNull(OracleRead.undoWarning(900, 600));
        String warning = OracleRead.undoWarning(900, 2400);
        assertTrue(warning.startsWith("undo_retention is 900 s but the copy is estimated at 2400 s"), warning);
        assertTrue(warning.contains("ORA-01555") && warning.contains("undo_retention = 4800"), warning);
    }
}
