package io.cutover.verify.internal.live;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.chunk.Chunk;
import io.cutover.mappings.position.Position;
import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.VerifyListener;
import io.cutover.verify.internal.compare.Findings;
import io.cutover.verify.internal.compare.Held;
import io.cutover.verify.internal.compare.Side;
import io.cutover.verify.internal.compare.TableVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verification while the stream applies changes. A chunk's differences are held back; the source position is
 * read after the comparison, the re-check waits until every shard holding the differing ranges has applied it
 * (at most the max lag), then compares those ranges again. Only keys that differ both times are reported; the
 * others were in flight. A difference still there after the max lag is reported whether or not the shards
 * caught up. The wait also ends as soon as a re-check finds nothing left (all in flight).
 */
public final class LiveCheck {
    private final String job;
    private final Side source;
    private final Map<String, Side> shards;
    private final StreamWait wait;
    private final VerifyListener listener;

    public LiveCheck(String job, Duration maxLag, Side source, Map<String, Side> shards, VerifyListener listener) {
        this.job = job;
        this.source = source;
        this.shards = shards;
        this.wait = new StreamWait(job, maxLag);
        this.listener = listener;
    }

    /** Fails unless the stream has stored a position on some shard: without one no shard could catch up. */
    public void requireStream() {
        if (shards.values().stream().allMatch(s -> wait.applied(s) == null)) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "live verification needs the stream of job " + job
                    + ", but no shard has a position for it (table cutover_position); start the stream first, or"
                    + " verify without --max-lag once it has caught up");
        }
    }

    public TableVerifier.Outcome verify(TableVerifier verifier, String table, Chunk chunk, Findings findings) {
        Held first = new Held();
        TableVerifier.Outcome o = verifier.verify(chunk, first);
        if (first.isEmpty()) {
            return o;
        }
        Position position = SourcePosition.current(source);
        Map<String, Side> holding = new LinkedHashMap<>();
        for (TableVerifier.Leaf leaf : o.leaves()) {
            for (PhysicalTable t : leaf.group()) {
                holding.put(t.shardName(), shards.get(t.shardName()));
            }
        }
        listener.waitingForStream(table, chunk.toString(), position, new ArrayList<>(holding.keySet()));
        Held again = wait.settle(holding.values(), position, () -> {
            Held h = new Held();
            for (TableVerifier.Leaf leaf : o.leaves()) {
                verifier.recheck(leaf, h);
            }
            return h;
        });
        findings.inFlight(again.forwardPersisting(first.keys(), findings));
        return o;
    }
}
