package io.cutover.cli.stream;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamStatus;
import java.io.PrintWriter;

/**
 * Prints a running stream's progress: one line rewritten in place every second on a terminal, a plain line
 * every 10 seconds otherwise (logs, pipes), nothing when quiet.
 */
final class ProgressPrinter implements AutoCloseable {
    private final Stream stream;
    private final PrintWriter out;
    private final boolean terminal;
    private final Thread thread;
    private volatile boolean running = true;
    private long lastTotal = -1;
    private long lastNanos;
    private int lastWidth;

    private ProgressPrinter(Stream stream, PrintWriter out, boolean terminal) {
        this.stream = stream;
        this.out = out;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "cutover-stream-progress");
        thread.setDaemon(true);
    }

    static ProgressPrinter start(Stream stream, PrintWriter out, boolean quiet) {
        ProgressPrinter p = new ProgressPrinter(stream, out, System.console() != null);
        if (!quiet) {
            p.thread.start();
        }
        return p;
    }

    private void loop() {
        long interval = terminal ? 1_000 : 10_000;
        while (running) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            print(stream.status());
        }
    }

    private void print(StreamStatus status) {
        long total = StatusText.total(status);
        long now = System.nanoTime();
        double rate = lastTotal < 0 ? 0 : (total - lastTotal) * 1e9 / Math.max(1, now - lastNanos);
        lastTotal = total;
        lastNanos = now;
        String line = StatusText.progress(status, rate);
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        if (thread.isAlive()) {
            thread.join();
        }
        if (terminal && lastWidth > 0) {
            out.println();
            out.flush();
        }
    }
}
