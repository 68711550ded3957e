package io.cutover.verify;

import io.cutover.mappings.position.Position;
import java.util.List;

/** Progress of a verify run, called from its worker threads; every method does nothing unless overridden. */
public interface VerifyListener {
    VerifyListener NONE = new VerifyListener() {
    };

    /**
     * Live verification: a chunk of {@code table} differed, and its re-check waits (at most the max lag) until
     * {@code shards} have applied the source {@code position} read after the comparison.
     */
    default void waitingForStream(String table, String chunk, Position position, List<String> shards) {
    }
}
