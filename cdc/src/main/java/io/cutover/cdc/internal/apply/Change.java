package io.cutover.cdc.internal.apply;

import io.cutover.mappings.position.Position;

/**
 * One decoded change event of one table. Row images are in the target table's column order
 * ({@link TargetTable#columns()}); a column the event does not carry, or carries as an unchanged-LOB
 * placeholder, holds {@link #KEEP}: the target keeps what it has.
 */
public final class Change {
    /** Marks a column value that must not be written. Compared by identity. */
    public static final Object KEEP = new Object() {
        @Override
        public String toString() {
            return "<unchanged>";
        }
    };

    /** {@code MARKER}: a source change of no mapped table (the source heartbeat): a position every shard reaches. */
    public enum Op { INSERT, UPDATE, DELETE, READ, TRUNCATE, MARKER }

    final TableContext table;
    final Op op;
    final Object[] before;
    final Object[] after;
    final Position position;
    final long sourceMillis;
    final boolean firstOfSnapshot;

    /**
     * @param position        null for snapshot reads, which are never skipped
     * @param firstOfSnapshot the first row of this table in a snapshot: rows left by an interrupted earlier
     *                        snapshot are removed before it
     */
    public Change(TableContext table, Op op, Object[] before, Object[] after, Position position, long sourceMillis,
                  boolean firstOfSnapshot) {
        this.table = table;
        this.op = op;
        this.before = before;
        this.after = after;
        this.position = position;
        this.sourceMillis = sourceMillis;
        this.firstOfSnapshot = firstOfSnapshot;
    }

    /** A position of the source and its commit time, with no row to write. */
    public static Change marker(Position position, long sourceMillis) {
        return new Change(null, Op.MARKER, null, null, position, sourceMillis, false);
    }

    public Op op() {
        return op;
    }

    public Position position() {
        return position;
    }

    public TableContext table() {
        return table;
    }

    public Object[] after() {
        return after;
    }

    public Object[] before() {
        return before;
    }
}
