package io.cutover.verify.internal.live;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.position.AppliedPositions;
import io.cutover.mappings.position.Position;
import io.cutover.verify.internal.compare.Held;
import io.cutover.verify.internal.compare.Side;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Waits, bounded, until shards have applied a source position, polling the positions the stream stores. While
 * it waits it re-checks the differences now and then: once none is left they were all in flight, and the wait
 * ends without the position. That is what ends it when the stream has gone idle after applying them, since a
 * stored position reaches the one read after the comparison only with a later change (see {@link SourcePosition}).
 */
final class StreamWait {
    private static final long POLL_MILLIS = 100;
    private static final long RECHECK_MILLIS = 1_000;

    private final String job;
    private final Duration maxLag;

    StreamWait(String job, Duration maxLag) {
        this.job = job;
        this.maxLag = maxLag;
    }

    /**
     * The differences still there once every shard has applied {@code position}, or the max lag ran out, or an
     * earlier {@code recheck} found none.
     */
    Held settle(Collection<Side> shards, Position position, Supplier<Held> recheck) {
        long start = System.nanoTime();
        long deadline = start + maxLag.toNanos();
        long nextRecheck = start + TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS);
        while (true) {
            long now = System.nanoTime();
            if (now - deadline >= 0 || shards.stream().allMatch(s -> reached(s, position))) {
                return recheck.get();
            }
            if (now - nextRecheck >= 0) {
                Held again = recheck.get();
                if (again.isEmpty()) {
                    return again;
                }
                nextRecheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CutoverException(ErrorCode.INTERNAL, "interrupted while waiting for the stream", e);
            }
        }
    }

    /** The job's applied position on a shard; null when the stream has not written one there. */
    Position applied(Side shard) {
        try {
            Map<String, Position> jobs = AppliedPositions.read(shard.dataSource());
            return jobs.get(job);
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the stream's position on shard "
                    + shard.name() + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private boolean reached(Side shard, Position position) {
        Position applied = applied(shard);
        return applied != null && !position.isAfter(applied);
    }
}
