package io.cutover.cli.stream;

import com.sun.net.httpserver.HttpServer;
import io.cutover.cdc.MicrometerStreamTracker;
import io.cutover.cdc.StreamTracker;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The stream's meters in Prometheus text format at {@code /metrics}, served by the JDK's HTTP server. */
final class MetricsEndpoint implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerStreamTracker tracker;
    private final HttpServer server;

    private MetricsEndpoint(String host, int port, String job) throws IOException {
        tracker = new MicrometerStreamTracker(registry, job);
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static MetricsEndpoint start(String host, int port, String job) {
        try {
            return new MetricsEndpoint(host, port, job);
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "cannot serve metrics on " + host + ":" + port + ": "
                    + e.getMessage() + "; choose another --metrics-port", e);
        }
    }

    StreamTracker tracker() {
        return tracker;
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/metrics";
    }

    @Override
    public void close() {
        server.stop(0);
        tracker.close();
        registry.close();
    }
}
