package io.cutover.cdc;

/**
 * How a stream run ended.
 *
 * @param outcome  why it ended
 * @param message  what happened and what to do next; null after a requested stop
 * @param status   the shards' state at the end
 */
public record StreamResult(Outcome outcome, String message, StreamStatus status) {
    public enum Outcome {
        /** Stopped on request (Ctrl-C, SIGTERM, {@link Stream#stop()}) after the batch in flight. */
        STOPPED,
        /** Stopped before a source schema change, as {@code on-ddl: stop} asks. */
        STOPPED_ON_DDL,
        /** Failed; a restart resumes from the last applied batch once the cause is fixed. */
        FAILED
    }
}
