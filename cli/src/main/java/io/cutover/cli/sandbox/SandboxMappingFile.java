package io.cutover.cli.sandbox;

import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes a ready-to-use mapping file for sandbox servers: the first server is the source (PostgreSQL
 * when there is one), the others of the other engine are the shards. The password goes to a file of
 * its own that the mapping references, so the mapping file holds no secret.
 */
final class SandboxMappingFile {
    static final String MAPPING = "mapping.yaml";
    static final String PASSWORD = "password";

    private SandboxMappingFile() {
    }

    static Path write(Path dir, List<DatabaseServer> servers) {
        DatabaseServer source = servers.get(0);
        List<DatabaseServer> shards = shards(servers, source);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Written by 'cutover sandbox up' for the servers in this directory.\n");
        yaml.append("name: sandbox\n");
        yaml.append("source:\n");
        yaml.append("  type: ").append(source.engine() == Engine.POSTGRESQL ? "postgresql" : "mariadb").append('\n');
        endpoint(yaml, "  ", source);
        yaml.append("target:\n");
        yaml.append("  dialect: ").append(shards.get(0).engine() == Engine.POSTGRESQL ? "postgresql" : "mariadb").append('\n');
        yaml.append("  shards:\n");
        for (int i = 0; i < shards.size(); i++) {
            yaml.append("    - name: s").append(i).append('\n');
            endpoint(yaml, "      ", shards.get(i));
        }
        yaml.append("# Map your tables here, for example:\n");
        yaml.append("#  - { source: orders, shard-by: { column: customer_id, algorithm: mod, tables-per-shard: 4 } }\n");
        yaml.append("#  - { source: countries, broadcast: true }\n");
        yaml.append("tables: []\n");
        try {
            Path password = dir.resolve(PASSWORD);
            Files.writeString(password, source.password() + "\n");
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            Path mapping = dir.resolve(MAPPING);
            Files.writeString(mapping, yaml);
            return mapping;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sandbox mapping file in " + dir, e);
        }
    }

    /** Removes what {@link #write} wrote, so that the sandbox directory can go away. */
    static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(MAPPING));
            Files.deleteIfExists(dir.resolve(PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DatabaseServer> shards(List<DatabaseServer> servers, DatabaseServer source) {
        List<DatabaseServer> others = servers.stream().filter(s -> s.engine() != source.engine()).toList();
        return others.isEmpty() ? servers.subList(1, servers.size()) : others;
    }

    private static void endpoint(StringBuilder yaml, String indent, DatabaseServer server) {
        yaml.append(indent).append("jdbc-url: \"").append(server.jdbcUrl()).append("\"\n");
        yaml.append(indent).append("username: ").append(server.username()).append('\n');
        yaml.append(indent).append("password: \"${file:").append(PASSWORD).append("}\"\n");
    }
}
