package io.cutover.verify;

import io.cutover.mappings.position.Position;
import io.cutover.mappings.chunk.Chunk;
import java.util.List;
import java.util.Map;

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

    /** Continuous verification: the full pass is done (repairs included); rounds follow. */
    default void passFinished(VerifyResult pass) {
    }

    /** Continuous verification: a round starts comparing these chunks again (touched since the round before). */
    default void roundStarting(int round, Map<String, List<Chunk>> chunks) {
    }

    /** Continuous verification: {@code result} is the full pass and every round so far, the last one just done. */
    default void roundFinished(RoundResult round, VerifyResult result) {
    }
}
