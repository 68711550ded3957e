package io.cutover.cdc.stream;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamResult;
import io.cutover.mappings.plan.PlanLoader;
import java.nio.file.Path;

/** A stream in its own JVM, for the crash and log tests: {@code StreamMain <mapping.yaml>}; SIGTERM stops it. */
public final class StreamMain {
    private StreamMain() {
    }

    public static void main(String[] args) {
        Stream stream = Stream.of(PlanLoader.load(Path.of(args[0])));
        Runtime.getRuntime().addShutdownHook(new Thread(stream::stop));
        StreamResult result = stream.run();
        System.out.println("stream ended: " + result.outcome() + " " + result.message());
    }
}
