package io.cutover.cli.demo;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line per step. On a terminal the line shows the step's live figure, rewritten in place twice a second, and
 * ends as its result; otherwise (logs, pipes) a plain progress line comes every 5 seconds, then the result.
 */
final class StepPrinter {
    private static final int LIVE_WIDTH = 79;

    private final PrintWriter out;
    private final boolean terminal;

    StepPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Shows {@code context}'s live figure for the step until the returned ticker is closed. */
    Ticker start(String label, DemoContext context) {
        context.clearProgress();
        Ticker t = new Ticker(label, context);
        t.thread.start();
        return t;
    }

    synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    static String label(int index, int total, String name) {
        return String.format(Locale.ROOT, "%2d/%d %-9s", index, total, name);
    }

    /** The thread printing one step's live figure. */
    final class Ticker implements AutoCloseable {
        private final String label;
        private final DemoContext context;
        private final long start = System.nanoTime();
        private final Thread thread;
        private volatile boolean running = true;
        private int width;

        private Ticker(String label, DemoContext context) {
            this.label = label;
            this.context = context;
            this.thread = new Thread(this::loop, "cutover-demo-progress");
            thread.setDaemon(true);
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        private void loop() {
            long every = terminal ? 500 : 5_000;
            while (running) {
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
                String figure = context.progress();
                String text = String.format(Locale.ROOT, "%s %s%s[%.0f s]", label, figure == null ? "" : figure,
                        figure == null ? "" : "  ", seconds());
                synchronized (StepPrinter.this) {
                    if (!running) {
                        return;
                    }
                    if (terminal) {
                        String shown = text.length() > LIVE_WIDTH ? text.substring(0, LIVE_WIDTH - 1) + "…" : text;
                        out.print("\r" + shown + " ".repeat(Math.max(0, width - shown.length())));
                        width = shown.length();
                    } else {
                        out.println(text);
                    }
                    out.flush();
                }
            }
        }

        /** Stops the live figure and prints the step's final line in its place. */
        void finish(String text) {
            synchronized (StepPrinter.this) {
                running = false;
                thread.interrupt();
                if (terminal && width > 0) {
                    out.print("\r" + " ".repeat(width) + "\r");
                }
                out.println(label + " " + text);
                out.flush();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
