package io.cutover.cdc.snapshot;

import io.debezium.embedded.EmbeddedWorkerConfig;
import io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.storage.OffsetStorageWriter;

/**
 * Writes a source offset into the stream's Debezium offset store the way the embedded engine does (its
 * own JDBC store, JSON without schemas, the engine name as namespace, partition {@code {server: prefix}}),
 * so the connector's next start streams from there.
 */
final class OffsetSeeder {
    private OffsetSeeder() {
    }

    static void seed(Properties connector, Map<String, Object> offset) {
        Map<String, String> config = new HashMap<>();
        connector.stringPropertyNames().forEach(k -> config.put(k, connector.getProperty(k)));
        JdbcOffsetBackingStore store = new JdbcOffsetBackingStore();
        store.configure(new EmbeddedWorkerConfig(config));
        store.start();
        try {
            OffsetStorageWriter writer = new OffsetStorageWriter(store, connector.getProperty("name"), converter(true),
                    converter(false));
            writer.offset(partition(connector), offset);
            writer.beginFlush();
            writer.doFlush((error, result) -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the stream's start offset", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write the stream's start offset: " + e.getMessage(), e);
        } finally {
            store.stop();
        }
    }

    /** The source partition of every Cutover connector: its logical server name. */
    static Map<String, Object> partition(Properties connector) {
        return Map.of("server", connector.getProperty("topic.prefix"));
    }

    private static JsonConverter converter(boolean key) {
        JsonConverter c = new JsonConverter();
        c.configure(Map.of("schemas.enable", "false"), key);
        return c;
    }
}
