package io.cutover.cli.stream;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT (Ctrl-C) and SIGTERM into a clean stop while a stream (or a continuous verify) runs, and puts the previous handlers back
 * afterwards. A shutdown hook would not do: the JVM would exit with 130/143 before the stream has committed
 * its batch, where a stopped stream should exit 0.
 */
public final class StopSignals implements AutoCloseable {
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {
    }

    public static StopSignals install(Runnable stop) {
        StopSignals s = new StopSignals();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal signal = new Signal(name);
            s.previous.add(Signal.handle(signal, sig -> stop.run()));
            s.signals.add(signal);
        }
        return s;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
