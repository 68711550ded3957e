package io.cutover.cdc.snapshot;

/** Holds the copy to at most a number of source rows per second over all workers; 0 is no limit. */
final class Throttle {
    private final long rowsPerSecond;
    private final long start = System.nanoTime();
    private long rows;

    Throttle(long rowsPerSecond) {
        this.rowsPerSecond = rowsPerSecond;
    }

    /** Counts {@code n} rows read and waits until the rate allows them. */
    void acquire(int n) throws InterruptedException {
        if (rowsPerSecond <= 0) {
            return;
        }
        long due;
        synchronized (this) {
            rows += n;
            due = start + (long) (rows * 1e9 / rowsPerSecond);
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
