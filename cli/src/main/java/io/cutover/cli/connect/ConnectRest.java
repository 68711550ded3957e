package io.cutover.cli.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A Connect cluster's REST API: creates or updates connectors ({@code PUT /connectors/<name>/config}, which
 * Connect answers 201 for a new connector and 200 for an updated one) and reads their state
 * ({@code GET /connectors/<name>/status}).
 */
final class ConnectRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ConnectRest(String url) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** @return true when the connector was created, false when an existing one was updated */
    boolean put(ConnectorConfigs.Connector connector) {
        HttpRequest request = request(connector.name(), "/config")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(connector))).build();
        HttpResponse<String> response = send(request, connector.name());
        if (response.statusCode() / 100 != 2) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "Kafka Connect refused connector " + connector.name()
                    + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.statusCode() == 201;
    }

    /**
     * The connector's and its tasks' states, as Connect reports them:
     * {@code {"connector": {"state", "worker_id"}, "tasks": [{"id", "state", "worker_id", "trace"}]}}.
     *
     * @return null when Connect has no connector of that name
     */
    JsonNode status(String name) {
        HttpResponse<String> response = send(request(name, "/status").GET().build(), name);
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() / 100 != 2) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "Kafka Connect at " + base + " answered HTTP "
                    + response.statusCode() + " for the status of " + name + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "Kafka Connect at " + base + " answered the status"
                    + " of " + name + " with something other than JSON: " + e.getOriginalMessage());
        }
    }

    private HttpRequest.Builder request(String connector, String path) {
        URI uri = base.resolve("connectors/" + URLEncoder.encode(connector, StandardCharsets.UTF_8) + path);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request, String connector) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "Kafka Connect at " + base + " did not answer: " + e
                    + "; check the URL and that a worker runs (curl " + base + "connectors)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CutoverException(ErrorCode.INTERNAL, "interrupted while calling Connect for " + connector);
        }
    }

    private static String json(ConnectorConfigs.Connector connector) {
        try {
            return JSON.writeValueAsString(connector.config());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
