package io.cutover.mappings.position;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.util.Locale;

/**
 * A place in a source database's change stream, comparable with any other position of the same kind.
 * Every change event carries one; each shard stores the highest it has applied ({@code cutover_position}),
 * and verify and traffic use it to know what a target has seen.
 *
 * <p>A position is three unsigned numbers compared in order, {@code (major, minor, serial)}, chosen so that
 * delivery order equals position order and the same event has the same position after a restart:
 * <ul>
 *   <li><b>SCN</b> (Oracle LogMiner): {@code (commit SCN, SCN, serial)}. Debezium emits a transaction when it
 *       commits, in commit-SCN order; several redo records of one transaction can share an SCN.</li>
 *   <li><b>LSN</b> (PostgreSQL pgoutput): {@code (transaction order LSN, event LSN, serial)}. pgoutput delivers
 *       whole transactions in commit order, but a transaction's event LSNs can be lower than those of a
 *       transaction that committed before it, so the event LSN alone is not monotonic. The first number is
 *       what Debezium reports as {@code source.sequence[0]}: the commit LSN of the previous transaction, equal
 *       for all events of a transaction and increasing from one transaction to the next. Several events can
 *       share an event LSN (a multi-insert is one WAL record).</li>
 *   <li><b>BINLOG</b> (MySQL/MariaDB): {@code (file number, event position, row in event)}. Binlog
 *       positions are physical and increase in delivery order; a rows event carries several rows. The GTID,
 *       when known, is kept for display only.</li>
 * </ul>
 * The <b>serial</b> of SCN and LSN positions is the event's order inside its transaction
 * ({@code transaction.total_order} with transaction metadata on). Debezium restores that counter from its
 * offset, so an event re-delivered after a restart in the middle of a transaction gets the same serial.
 *
 * <p>The text form ({@link #toString()}, {@link #parse}) is how positions are stored and printed:
 * {@code scn:<commit>:<scn>:<serial>}, {@code lsn:<order>:<lsn>:<serial>} with LSNs in PostgreSQL's
 * {@code X/X} notation, {@code binlog:<file>:<pos>:<row>[:<gtid>]}.
 */
public final class Position implements Comparable<Position> {
    /** Which source the position belongs to; positions of different kinds do not compare. */
    public enum Kind { SCN, LSN, BINLOG }

    private final Kind kind;
    private final long major;
    private final long minor;
    private final long serial;
    private final String file;
    private final String gtid;

    private Position(Kind kind, long major, long minor, long serial, String file, String gtid) {
        this.kind = kind;
        this.major = major;
        this.minor = minor;
        this.serial = serial;
        this.file = file;
        this.gtid = gtid;
    }

    /** An Oracle position: the commit SCN of the transaction, the SCN of the change and its order in the transaction. */
    public static Position scn(long commitScn, long scn, long serial) {
        return new Position(Kind.SCN, commitScn, scn, serial, null, null);
    }

    /** A PostgreSQL position; see the class comment for what {@code orderLsn} is. */
    public static Position lsn(long orderLsn, long lsn, long serial) {
        return new Position(Kind.LSN, orderLsn, lsn, serial, null, null);
    }

    /**
     * A binlog position. {@code file} ends in its sequence number ({@code mysql-bin.000042}); {@code gtid}
     * may be null.
     */
    public static Position binlog(String file, long pos, long row, String gtid) {
        return new Position(Kind.BINLOG, fileNumber(file), pos, row, file, gtid);
    }

    public Kind kind() {
        return kind;
    }

    /** The binlog file name; null for other kinds. */
    public String file() {
        return file;
    }

    /** The GTID of a binlog position when the source reported one; null otherwise. */
    public String gtid() {
        return gtid;
    }

    /** True when this position is after {@code other}. */
    public boolean isAfter(Position other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Position other) {
        if (kind != other.kind) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "cannot compare the " + kind + " position " + this
                    + " with the " + other.kind + " position " + other
                    + "; were the stored positions written by a stream from another source?");
        }
        int c = Long.compareUnsigned(major, other.major);
        if (c == 0) {
            c = Long.compareUnsigned(minor, other.minor);
        }
        return c != 0 ? c : Long.compareUnsigned(serial, other.serial);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position p && kind == p.kind && major == p.major && minor == p.minor && serial == p.serial;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(major) * 961 + Long.hashCode(minor) * 31 + Long.hashCode(serial) + kind.ordinal();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SCN -> "scn:" + Long.toUnsignedString(major) + ":" + Long.toUnsignedString(minor) + ":" + serial;
            case LSN -> "lsn:" + lsnText(major) + ":" + lsnText(minor) + ":" + serial;
            case BINLOG -> "binlog:" + file + ":" + minor + ":" + serial + (gtid == null ? "" : ":" + gtid);
        };
    }

    /** Reads the text form written by {@link #toString()}. */
    public static Position parse(String text) {
        String[] p = text.split(":", 5);
        try {
            switch (p[0]) {
                case "scn":
                    if (p.length == 4) {
                        return scn(Long.parseUnsignedLong(p[1]), Long.parseUnsignedLong(p[2]), Long.parseLong(p[3]));
                    }
                    break;
                case "lsn":
                    if (p.length == 4) {
                        return lsn(lsnValue(p[1]), lsnValue(p[2]), Long.parseLong(p[3]));
                    }
                    break;
                case "binlog":
                    if (p.length >= 4) {
                        return binlog(p[1], Long.parseLong(p[2]), Long.parseLong(p[3]), p.length == 5 ? p[4] : null);
                    }
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole text
        }
        throw new CutoverException(ErrorCode.INVALID_INPUT, "'" + text + "' is not a source position; expected "
                + "scn:<commit>:<scn>:<serial>, lsn:<X/X>:<X/X>:<serial> or binlog:<file>:<pos>:<row>[:<gtid>]");
    }

    /** PostgreSQL's text form of an LSN: high and low 32 bits in hex, {@code 16/B374D848}. */
    public static String lsnText(long lsn) {
        String high = Long.toHexString(lsn >>> 32);
        String low = Long.toHexString(lsn & 0xFFFFFFFFL);
        return (high + "/" + low).toUpperCase(Locale.ROOT);
    }

    /** Reads PostgreSQL's {@code X/X} LSN text. */
    public static long lsnValue(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(text.substring(0, slash), 16) << 32 | Long.parseLong(text.substring(slash + 1), 16);
    }

    private static long fileNumber(String file) {
        int dot = file.lastIndexOf('.');
        try {
            return Long.parseLong(file.substring(dot + 1));
        } catch (NumberFormatException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "binlog file name '" + file
                    + "' does not end in a sequence number (like mysql-bin.000042)");
        }
    }
}
