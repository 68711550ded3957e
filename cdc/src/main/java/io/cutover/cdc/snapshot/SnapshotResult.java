package io.cutover.cdc.snapshot;

import java.util.List;

/**
 * How a snapshot run ended.
 *
 * @param outcome   why it ended
 * @param message   what happened and what to do next; null when every mapped table is copied
 * @param method    how the consistent point was taken; null when the run did not get that far
 * @param point     the point {@code cutover stream} continues from; null when the run did not get that far
 * @param readPoint the point this run read its chunks at: {@code point}, or a later one for a resumed run
 *                  whose original point cannot be read again (the notes say why that converges)
 * @param notes     what the user should know: the method, a resume, an undo retention warning
 * @param tables    per table progress, in mapping file order
 * @param seconds   wall time of the run
 */
public record SnapshotResult(Outcome outcome, String message, SnapshotMethod method, String point, String readPoint,
                             List<String> notes, List<TableProgress> tables, double seconds) {
    public SnapshotResult {
        notes = List.copyOf(notes);
        tables = List.copyOf(tables);
    }

    public enum Outcome {
        /** Every mapped table is copied; {@code cutover stream} continues from {@code point}. */
        FINISHED,
        /** The chosen tables are copied; other mapped tables are not yet, so the stream cannot start. */
        PARTIAL,
        /** Stopped on request; a rerun continues with the unfinished chunks. */
        STOPPED,
        /** Could not start: a precondition is not met (the message says which and what to do). */
        PRECONDITION,
        /** Failed; a rerun continues with the unfinished chunks once the cause is fixed. */
        FAILED
    }
}
