package io.cutover.cdc.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The source point a snapshot copied at and where {@code cutover stream} continues: how it was taken, its
 * text ({@code lsn 0/1A2B3C}, {@code binlog mysql-bin.000003:1234}, {@code scn 987654}) and the Debezium
 * source offset that starts streaming exactly there.
 */
public record SourcePoint(SnapshotMethod method, String point, Map<String, Object> offset) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SourcePoint {
        offset = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(offset));
    }

    String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method.name());
        m.put("point", point);
        m.put("offset", offset);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SourcePoint fromJson(String json) {
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> offset = (Map<String, Object>) m.get("offset");
            return new SourcePoint(SnapshotMethod.valueOf((String) m.get("method")), (String) m.get("point"), offset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a stored snapshot point: " + json, e);
        }
    }

    @Override
    public String toString() {
        return point;
    }
}
