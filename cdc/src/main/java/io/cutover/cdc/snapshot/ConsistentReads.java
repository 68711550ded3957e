package io.cutover.cdc.snapshot;

import io.cutover.mappings.chunk.TableRef;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.SourceType;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Opens the readers of a run: at a new point for a first run, and for a resumed run at the stored point when
 * the source can read it again (Oracle), else at a new point, with a note saying so and why it converges.
 */
final class ConsistentReads {
    private ConsistentReads() {
    }

    /**
     * @param stored     the point of the run being resumed; null for a first run
     * @param connector  the stream's Debezium properties (slot and publication names)
     * @param notes      where a resumed run's explanation goes
     */
    static ConsistentRead open(SourceType type, Endpoint source, SourcePoint stored, Properties connector,
                               List<TableRef> tables, int readers, List<String> notes) throws SQLException {
        String slot = connector.getProperty("slot.name");
        if (stored == null) {
            return switch (type) {
                case POSTGRESQL -> {
                    if (PostgresRead.slotExists(source, slot)) {
                        throw new PreconditionFailed("replication slot " + slot + " exists already on the source"
                                + " (did cutover stream run before?); its point is not this snapshot's. Run cutover"
                                + " snapshot --restart to drop it and copy every table at a new point");
                    }
                    yield PostgresRead.create(source, slot, connector.getProperty("publication.name"), tables, readers);
                }
                case MARIADB, MYSQL -> BinlogRead.open(source, readers);
                case ORACLE -> OracleRead.now(source, readers);
            };
        }
        return switch (type) {
            case POSTGRESQL -> {
                if (!PostgresRead.slotExists(source, slot)) {
                    throw new PreconditionFailed("replication slot " + slot + " of the unfinished snapshot at "
                            + stored + " is gone, so no stream can start at that point; run cutover snapshot"
                            + " --restart to copy every table at a new point");
                }
                ConsistentRead read = PostgresRead.now(source, readers);
                notes.add(laterPoint(stored, read.point(), "its exported snapshot died with the run that created it"
                        + " (the slot keeps the stream's start)"));
                yield read;
            }
            case MARIADB, MYSQL -> {
                String file = (String) stored.offset().get("file");
                if (!BinlogRead.hasBinlog(source, file)) {
                    throw new PreconditionFailed("binlog file " + file + " of the unfinished snapshot at " + stored
                            + " is no longer on the source, so no stream can start at that point; run cutover"
                            + " snapshot --restart to copy every table at a new point");
                }
                ConsistentRead read = BinlogRead.open(source, readers);
                notes.add(laterPoint(stored, read.point(), "its consistent-snapshot transactions ended with the run"
                        + " that opened them"));
                yield read;
            }
            case ORACLE -> {
                notes.add("resumed at the same point " + stored + ": flashback queries read it again");
                yield OracleRead.at(source, stored, readers);
            }
        };
    }

    private static String laterPoint(SourcePoint stored, SourcePoint now, String why) {
        return "resumed: the snapshot's point " + stored + " cannot be read again (" + why + "). Chunks copied"
                + " before stay at " + stored + "; the unfinished chunks are read at " + now + ". cutover stream"
                + " still starts at " + stored + " and replays every later change as a whole-row upsert or a delete"
                + " by key, so these rows converge to the source once the stream passes " + now + ". Use --restart"
                + " to copy every table at one new point instead";
    }
}
