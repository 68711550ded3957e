package io.cutover.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the server binaries the machine has installed. */
final class Binaries {

    private final Path postgresRoot;
    private final List<Path> searchPath;

    /** @param postgresRoot holds one {@code <version>/bin} per installed PostgreSQL (Debian layout)
     *  @param searchPath   directories searched for {@code pg_config}, {@code mariadbd} and friends */
    Binaries(Path postgresRoot, List<Path> searchPath) {
        this.postgresRoot = postgresRoot;
        this.searchPath = List.copyOf(searchPath);
    }

    static Binaries system() {
        List<Path> path = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                path.add(Path.of(dir));
            }
        }
        path.add(Path.of("/usr/sbin"));
        path.add(Path.of("/usr/bin"));
        return new Binaries(Path.of("/usr/lib/postgresql"), path);
    }

    /** The bin directory of the highest installed PostgreSQL version (holding {@code postgres} and {@code initdb}). */
    Path postgresBinDir() {
        return highestDebianVersion().or(this::pgConfigBinDir).orElseThrow(() -> new MissingBinariesException(
                "PostgreSQL server binaries (postgres, initdb) not found under " + postgresRoot
                        + "/*/bin nor via pg_config --bindir. Install them: apt-get install -y postgresql"));
    }

    Path mariadbd() {
        return find("mariadbd", "mysqld").orElseThrow(() -> mariadbMissing("mariadbd"));
    }

    Path mariadbInstallDb() {
        return find("mariadb-install-db", "mysql_install_db").orElseThrow(() -> mariadbMissing("mariadb-install-db"));
    }

    private MissingBinariesException mariadbMissing(String what) {
        return new MissingBinariesException(what + " not found in " + searchPath
                + ". Install the MariaDB server: apt-get install -y mariadb-server");
    }

    private Optional<Path> highestDebianVersion() {
        if (!Files.isDirectory(postgresRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(postgresRoot)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .map(v -> v.resolve("bin"))
                    .filter(Binaries::hasPostgres)
                    .max(Comparator.comparingDouble(bin -> Double.parseDouble(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> pgConfigBinDir() {
        return find("pg_config").flatMap(pgConfig -> {
            try {
                Process process = new ProcessBuilder(pgConfig.toString(), "--bindir").redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return process.waitFor() == 0 ? Optional.of(Path.of(out)).filter(Binaries::hasPostgres) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        });
    }

    private static boolean hasPostgres(Path bin) {
        return Files.isExecutable(bin.resolve("postgres")) && Files.isExecutable(bin.resolve("initdb"));
    }

    private Optional<Path> find(String... names) {
        for (String name : names) {
            for (Path dir : searchPath) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
