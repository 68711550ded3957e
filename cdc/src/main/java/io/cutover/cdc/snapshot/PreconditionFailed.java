package io.cutover.cdc.snapshot;

/** A snapshot cannot start as things are; the message says why and what to run. */
final class PreconditionFailed extends RuntimeException {
    PreconditionFailed(String message) {
        super(message);
    }
}
