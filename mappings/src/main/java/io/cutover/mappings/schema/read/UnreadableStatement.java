package io.cutover.mappings.schema.read;

import io.cutover.mappings.schema.Skipped;

/** Thrown while reading one statement; the reader records it as {@link Skipped} and goes on. */
final class UnreadableStatement extends RuntimeException {
    private final transient Skipped skipped;

    UnreadableStatement(Skipped skipped) {
        super(skipped.reason(), null, false, false);
        this.skipped = skipped;
    }

    Skipped skipped() {
        return skipped;
    }
}
