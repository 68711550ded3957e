package io.cutover.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

/**
 * PostgreSQL refuses to run as root. When this JVM is root, PostgreSQL's programs run as {@code nobody}
 * through {@code setpriv}, which execs in place so the started process is the program itself.
 */
final class Unprivileged {

    private static final boolean ROOT = uid() == 0;

    private Unprivileged() {
    }

    static boolean jvmIsRoot() {
        return ROOT;
    }

    /** Command prefix that drops root; empty when not root. */
    static List<String> prefix() {
        return ROOT ? List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--") : List.of();
    }

    /** Hands {@code path} and everything below it to nobody; no-op when not root. */
    static void chown(Path path) {
        if (!ROOT) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                Files.setAttribute(p, "unix:uid", 65534);
                Files.setAttribute(p, "unix:gid", 65534);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not chown " + path + " to nobody", e);
        }
    }

    /** Fails clearly if nobody cannot reach {@code dir} because some ancestor is not searchable by others. */
    static void requireReachable(Path dir) {
        if (!ROOT) {
            return;
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new SandboxException("PostgreSQL runs as user nobody (the JVM is root), but nobody cannot reach "
                            + dir + " because " + p + " is not searchable by others. Use a base directory with mode 755, or: chmod o+x " + p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int uid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }
}
