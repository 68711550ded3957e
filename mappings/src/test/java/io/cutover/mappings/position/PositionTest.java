package io.cutover.mappings.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import org.junit.jupiter.api.Test;

class PositionTest {
    @Test
    void scnOrdersByCommitThenScnThenSerial() {
        assertTrue(Position.scn(200, 10, 0).isAfter(Position.scn(100, 150, 9)));
        assertTrue(Position.scn(200, 11, 0).isAfter(Position.scn(200, 10, 9)));
        assertTrue(Position.scn(200, 10, 2).isAfter(Position.scn(200, 10, 1)));
        assertEquals(0, Position.scn(200, 10, 2).compareTo(Position.scn(200, 10, 2)));
    }

    @Test
    void largeValuesCompareUnsigned() {
        assertTrue(Position.scn(-1L, 0, 0).isAfter(Position.scn(Long.MAX_VALUE, 0, 0)));
        assertTrue(Position.lsn(0x8000_0000_0000_0000L, 0, 0).isAfter(Position.lsn(1, 0, 0)));
    }

    @Test
    void lsnOfALaterTransactionIsAfterEvenWithALowerEventLsn() {
        Position earlierCommitted = Position.lsn(0x100, 0x500, 1);
        Position laterCommitted = Position.lsn(0x600, 0x200, 1); // began earlier, committed later
        assertTrue(laterCommitted.isAfter(earlierCommitted));
    }

    @Test
    void binlogOrdersByFileNumberThenPositionThenRow() {
        assertTrue(Position.binlog("mysql-bin.000010", 4, 0, null).isAfter(Position.binlog("mysql-bin.000009", 900, 5, null)));
        assertTrue(Position.binlog("mysql-bin.000010", 400, 0, null).isAfter(Position.binlog("mysql-bin.000010", 300, 7, null)));
        assertTrue(Position.binlog("mysql-bin.000010", 400, 3, null).isAfter(Position.binlog("mysql-bin.000010", 400, 2, null)));
    }

    @Test
    void textRoundTrips() {
        for (Position p : new Position[] {Position.scn(-1L, 12345678901L, 3), Position.lsn(0x16B374D848L, 0x16B374D900L, 0),
                Position.binlog("mariadb-bin.000003", 1234, 2, "0-1-77"), Position.binlog("mysql-bin.000001", 4, 0, null)}) {
            Position back = Position.parse(p.toString());
            assertEquals(p, back);
            assertEquals(p.toString(), back.toString());
        }
        assertEquals("lsn:16/B374D848:16/B374D900:0", Position.lsn(0x16B374D848L, 0x16B374D900L, 0).toString());
    }

    @Test
    void positionsOfDifferentSourcesDoNotCompare() {
        CutoverException e = assertThrows(CutoverException.class,
                () -> Position.scn(1, 1, 1).compareTo(Position.lsn(1, 1, 1)));
        assertTrue(e.getMessage().contains("SCN position scn:1:1:1 with the LSN position"), e.getMessage());
    }

    @Test
    void badTextIsReportedWithTheExpectedForms() {
        CutoverException e = assertThrows(CutoverException.class, () -> Position.parse("lsn:zz:1:0"));
        assertTrue(e.getMessage().startsWith("'lsn:zz:1:0' is not a source position; expected scn:"), e.getMessage());
        assertThrows(CutoverException.class, () -> Position.binlog("binlog", 4, 0, null));
    }
}
