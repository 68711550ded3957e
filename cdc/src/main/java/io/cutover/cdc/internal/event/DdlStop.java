package io.cutover.cdc.internal.event;

/** Thrown by the decoder at a source schema change the stream must stop before. */
public final class DdlStop extends RuntimeException {
    public DdlStop(String message) {
        super(message, null, false, false);
    }
}
