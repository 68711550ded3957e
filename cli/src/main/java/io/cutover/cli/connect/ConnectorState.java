package io.cutover.cli.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A connector's state and its tasks' as Connect's REST API reports them ({@code RUNNING}, {@code PAUSED},
 * {@code FAILED}, {@code UNASSIGNED}, ...), or {@code MISSING} when Connect has no connector of that name.
 */
record ConnectorState(String name, String state, String worker, List<Task> tasks) {
    static final String RUNNING = "RUNNING";
    static final String MISSING = "MISSING";

    /** @param error the root cause line of the failure's trace; null unless the task failed */
    record Task(int id, String state, String worker, String error) {
    }

    /** From the body of {@code GET /connectors/<name>/status}; null for a connector Connect does not have. */
    static ConnectorState of(String name, JsonNode status) {
        if (status == null) {
            return new ConnectorState(name, MISSING, null, List.of());
        }
        List<Task> tasks = new ArrayList<>();
        for (JsonNode t : status.path("tasks")) {
            tasks.add(new Task(t.path("id").asInt(), t.path("state").asText(), t.path("worker_id").asText(null),
                    cause(t.path("trace").asText(null))));
        }
        JsonNode c = status.path("connector");
        return new ConnectorState(name, c.path("state").asText(), c.path("worker_id").asText(null), List.copyOf(tasks));
    }

    /** Whether the connector and every task run; a connector without tasks yet is not running. */
    boolean running() {
        if (!RUNNING.equals(state) || tasks.isEmpty()) {
            return false;
        }
        for (Task t : tasks) {
            if (!RUNNING.equals(t.state())) {
                return false;
            }
        }
        return true;
    }

    /** The innermost "Caused by:" line of a Java stack trace (Connect wraps the sink's message), else its first. */
    private static String cause(String trace) {
        if (trace == null) {
            return null;
        }
        String cause = trace.lines().findFirst().orElse("");
        for (String line : trace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        return cause;
    }
}
