package io.cutover.sandbox;

import java.nio.file.Path;

/** The database engines the sandbox can run. */
public enum Engine {
    POSTGRESQL("pg"),
    MARIADB("mariadb");

    private final String namePrefix;

    Engine(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    /** Prefix of sandbox server names: {@code pg0}, {@code mariadb1}. */
    public String namePrefix() {
        return namePrefix;
    }

    /** A stopped server of this engine living in {@code directory}; {@link DatabaseServer#start()} starts it. */
    public DatabaseServer create(Path directory) {
        return attach(directory, 0, -1);
    }

    /** A server some earlier process started in {@code directory} on {@code port} as {@code pid}. */
    DatabaseServer attach(Path directory, int port, long pid) {
        return switch (this) {
            case POSTGRESQL -> new PostgresServer(directory, Binaries.system(), port, pid);
            case MARIADB -> new MariaDbServer(directory, Binaries.system(), port, pid);
        };
    }
}
