package io.cutover.cli.connect;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Creates or updates connectors through a Connect cluster's REST API: {@code PUT /connectors/<name>/config},
 * which Connect answers 201 for a new connector and 200 for an updated one.
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
        URI uri = base.resolve("connectors/" + URLEncoder.encode(connector.name(), StandardCharsets.UTF_8) + "/config");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(connector))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "Kafka Connect at " + base + " did not answer: " + e
                    + "; check the URL and that a worker runs (curl " + base + "connectors)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CutoverException(ErrorCode.INTERNAL, "interrupted while posting " + connector.name());
        }
        if (response.statusCode() / 100 != 2) {
            throw new CutoverException(ErrorCode.INVALID_INPUT, "Kafka Connect refused connector " + connector.name()
                    + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.statusCode() == 201;
    }

    private static String json(ConnectorConfigs.Connector connector) {
        try {
            return JSON.writeValueAsString(connector.config());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
