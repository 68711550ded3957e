package io.cutover.cli.demo;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamResult;
import io.cutover.cdc.StreamStatus;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.MigrationPlan;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code cutover stream} on a thread of its own, from the snapshot's point: every change until {@link #stop()}. */
final class RunningStream {
    private final Stream stream;
    private final CompletableFuture<StreamResult> result = new CompletableFuture<>();

    private RunningStream(Stream stream) {
        this.stream = stream;
    }

    static RunningStream start(MigrationPlan plan) {
        RunningStream r = new RunningStream(Stream.of(plan));
        Thread t = new Thread(() -> {
            try {
                r.result.complete(r.stream.run());
            } catch (RuntimeException e) {
                r.result.completeExceptionally(e);
            }
        }, "cutover-demo-stream");
        t.setDaemon(true);
        t.start();
        return r;
    }

    StreamStatus status() {
        return stream.status();
    }

    /** Fails with the stream's own message when it has ended on its own (it only ends when asked). */
    void requireRunning() {
        if (result.isDone()) {
            StreamResult r = stop();
            throw new CutoverException(ErrorCode.INTERNAL, "the stream ended: " + r.outcome() + ", " + r.message());
        }
    }

    /** Stops after the batch in flight and waits for the end. */
    StreamResult stop() {
        stream.stop();
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CutoverException(ErrorCode.INTERNAL, "interrupted while the stream stopped", e);
        } catch (ExecutionException e) {
            throw new CutoverException(ErrorCode.INTERNAL, "the stream failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new CutoverException(ErrorCode.INTERNAL, "the stream did not stop within 60 s", e);
        }
    }
}
