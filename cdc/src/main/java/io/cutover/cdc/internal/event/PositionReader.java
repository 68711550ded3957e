package io.cutover.cdc.internal.event;

import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.position.Position;
import org.apache.kafka.connect.data.Struct;

/**
 * Reads the {@link Position} of a streamed change from its envelope: the {@code source} block, and for SCN
 * and LSN positions the event's order in its transaction ({@code transaction.total_order}, present because
 * the stream turns on {@code provide.transaction.metadata}).
 */
@FunctionalInterface
interface PositionReader {
    Position read(Struct source, Struct transaction);

    static PositionReader of(SourceType type) {
        return switch (type) {
            case ORACLE -> (s, tx) -> Position.scn(unsigned(s.getString("commit_scn"), s.getString("scn")),
                    unsigned(s.getString("scn"), null), serial(tx));
            case POSTGRESQL -> (s, tx) -> Position.lsn(previousCommitLsn(s.getString("sequence")), s.getInt64("lsn"),
                    serial(tx));
            case MARIADB, MYSQL -> (s, tx) -> Position.binlog(s.getString("file"), s.getInt64("pos"),
                    s.getInt32("row"), s.schema().field("gtid") == null ? null : s.getString("gtid"));
        };
    }

    private static long serial(Struct transaction) {
        return transaction == null ? 0 : transaction.getInt64("total_order");
    }

    private static long unsigned(String text, String fallback) {
        String t = text != null ? text : fallback;
        return t == null ? 0 : Long.parseUnsignedLong(t);
    }

    /** The first element of Debezium's {@code ["<last commit lsn>","<lsn>"]} sequence; 0 when null. */
    static long previousCommitLsn(String sequence) {
        if (sequence == null) {
            return 0;
        }
        int open = sequence.indexOf('"');
        int comma = sequence.indexOf(',');
        if (open < 0 || open > comma) {
            return 0; // [null,"..."]
        }
        return Long.parseLong(sequence.substring(open + 1, sequence.indexOf('"', open + 1)));
    }
}
