package io.cutover.cdc.stream;

import io.cutover.cdc.Stream;
import io.cutover.cdc.StreamOptions;
import io.cutover.cdc.StreamResult;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.mappings.plan.Secret;
import io.cutover.mappings.plan.SourceLocation;
import java.nio.file.Path;

/** A stream in its own JVM, for the crash test: {@code StreamMain <mapping.yaml> <state-url> <user> <password>}. */
public final class StreamMain {
    private StreamMain() {
    }

    public static void main(String[] args) {
        Endpoint state = new Endpoint("state", args[1], args[2], Secret.of(args[3], null), SourceLocation.UNKNOWN);
        Stream stream = Stream.of(PlanLoader.load(Path.of(args[0]))).options(StreamOptions.of(state).batchSize(1000));
        Runtime.getRuntime().addShutdownHook(new Thread(stream::stop));
        StreamResult result = stream.run();
        System.out.println("stream ended: " + result.outcome() + " " + result.message());
    }
}
