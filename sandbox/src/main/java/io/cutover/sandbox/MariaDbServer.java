package io.cutover.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A private MariaDB with a row-based binlog (ROW, FULL row image), as Debezium's binlog connector needs.
 * Each server's server_id is its port, so servers that replicate from one another never clash.
 */
public final class MariaDbServer extends AbstractDatabaseServer {

    /** Small redo log: smaller templates to copy, and the server never resizes it. */
    private static final String LOG_FILE_SIZE = "--innodb-log-file-size=8M";

    private final Binaries binaries;

    /** A stopped server in {@code directory}; {@link #start()} creates its data dir on first start. */
    public MariaDbServer(Path directory) {
        this(directory, Binaries.system(), 0, -1);
    }

    MariaDbServer(Path directory, Binaries binaries, int port, long pid) {
        super(Engine.MARIADB, directory, port, pid);
        this.binaries = binaries;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    void requireBinaries() {
        binaries.mariadbd();
        binaries.mariadbInstallDb();
    }

    @Override
    void initialize() {
        Path installDb = binaries.mariadbInstallDb();
        Path template = TemplateCache.dataDir(Engine.MARIADB, binaries.mariadbd(), work -> buildTemplate(installDb, work));
        Dirs.copy(template, dataDir());
    }

    /** The extra file runs in bootstrap mode, where grants only work after FLUSH PRIVILEGES. */
    private static void buildTemplate(Path installDb, Path work) {
        Path sql = work.resolve("init.sql");
        try {
            Files.writeString(sql, String.join("\n",
                    "FLUSH PRIVILEGES;",
                    "CREATE DATABASE " + NAME + ";",
                    "CREATE USER '" + NAME + "'@'%' IDENTIFIED BY '" + NAME + "';",
                    "GRANT ALL PRIVILEGES ON *.* TO '" + NAME + "'@'%' WITH GRANT OPTION;", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(installDb.toString(), "--no-defaults",
                "--datadir=" + work.resolve("data"), "--auth-root-authentication-method=normal", "--skip-test-db",
                "--extra-file=" + sql, LOG_FILE_SIZE));
        if (Unprivileged.jvmIsRoot()) {
            command.add("--user=root");
        }
        Commands.run(command, work, null, work.resolve("init.log"));
    }

    @Override
    List<String> command(int port) {
        List<String> command = new ArrayList<>(List.of(binaries.mariadbd().toString(), "--no-defaults",
                "--datadir=" + dataDir(),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + directory().resolve("mariadbd.sock"),
                "--pid-file=" + directory().resolve("mariadbd.pid"),
                "--server-id=" + port,
                "--log-bin=binlog",
                "--binlog-format=ROW",
                "--binlog-row-image=FULL",
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=32M",
                LOG_FILE_SIZE,
                "--innodb-flush-log-at-trx-commit=2",
                "--sync-binlog=0",
                "--max-connections=200"));
        if (Unprivileged.jvmIsRoot()) {
            command.add("--user=root");
        }
        return command;
    }

    @Override
    boolean unprivileged() {
        return false;
    }

    @Override
    Set<String> processNames() {
        return Set.of("mariadbd", "mysqld");
    }

    /** SIGTERM is MariaDB's normal shutdown. */
    @Override
    String stopSignal() {
        return "TERM";
    }

    @Override
    String loginTimeoutParameters() {
        return "?connectTimeout=5000";
    }

    @Override
    String createDatabaseSql(String name) {
        return "CREATE DATABASE " + name;
    }
}
