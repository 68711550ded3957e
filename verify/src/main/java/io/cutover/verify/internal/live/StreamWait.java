package io.cutover.verify.internal.live;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.position.AppliedPositions;
import io.cutover.mappings.position.Position;
import io.cutover.verify.internal.compare.Side;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/** Waits, bounded, until shards have applied a source position, polling the positions the stream stores. */
final class StreamWait {
    private static final long POLL_MILLIS = 100;

    private final String job;
    private final Duration maxLag;

    StreamWait(String job, Duration maxLag) {
        this.job = job;
        this.maxLag = maxLag;
    }

    /** True when every shard has applied {@code position} within the max lag; false when time ran out. */
    boolean until(Collection<Side> shards, Position position) {
        long deadline = System.nanoTime() + maxLag.toNanos();
        while (true) {
            if (shards.stream().allMatch(s -> reached(s, position))) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
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
