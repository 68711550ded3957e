package io.cutover.cli.demo;

import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import io.cutover.sandbox.DatabaseServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The demo's mapping file: {@code samples/shop/mapping-demo.yaml} with the sandbox hosts filled in, written to
 * the demo directory with the (throwaway) password in a file beside it, so the file holds no secret and the
 * other commands can read it as it is.
 */
final class DemoMapping {
    static final String TEMPLATE = "mapping-demo.yaml";
    static final String MAPPING = "mapping.yaml";
    static final String PASSWORD = "password";

    private DemoMapping() {
    }

    /** Writes {@code mapping.yaml} and {@code password} into {@code dir} and loads the plan from them. */
    static MigrationPlan write(Path dir, DemoServers servers) {
        String yaml = SampleFiles.read(TEMPLATE)
                .replace("${env:SHOP_SOURCE_HOST}", host(servers.source()))
                .replace("${env:SHOP_SHARD0_HOST}", host(servers.shard(0)))
                .replace("${env:SHOP_SHARD1_HOST}", host(servers.shard(1)))
                .replace("${env:SHOP_SOURCE_PASSWORD}", "${file:" + PASSWORD + "}")
                .replace("${env:SHOP_SHARD_PASSWORD}", "${file:" + PASSWORD + "}");
        try {
            Files.createDirectories(dir);
            Path password = dir.resolve(PASSWORD);
            Files.deleteIfExists(password);
            Files.createFile(password, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            // the sandbox servers share one fixed password
            Files.writeString(password, servers.source().password() + "\n");
            Path mapping = dir.resolve(MAPPING);
            Files.writeString(mapping, "# Written by ./cutover demo for its sandbox servers, from samples/shop/"
                    + TEMPLATE + ".\n" + yaml);
            return PlanLoader.load(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo mapping file in " + dir, e);
        }
    }

    /** Removes what {@link #write} wrote, once the servers it points at are gone. */
    static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(MAPPING));
            Files.deleteIfExists(dir.resolve(PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String host(DatabaseServer server) {
        return "127.0.0.1:" + server.port();
    }
}
