package io.cutover.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinariesTest {

    @TempDir
    Path empty;

    @Test
    void missingPostgresNamesTheDebianPackage() {
        Binaries none = new Binaries(empty, List.of(empty));
        PostgresServer pg = new PostgresServer(empty.resolve("pg0"), none, 0, -1);
        MissingBinariesException e = assertThrows(MissingBinariesException.class, pg::start);
        assertTrue(e.getMessage().contains("apt-get install -y postgresql"), e.getMessage());
        assertFalse(Files.exists(empty.resolve("pg0").resolve("data")));
    }

    @Test
    void missingMariaDbNamesTheDebianPackage() {
        Binaries none = new Binaries(empty, List.of(empty));
        MariaDbServer maria = new MariaDbServer(empty.resolve("mariadb0"), none, 0, -1);
        MissingBinariesException e = assertThrows(MissingBinariesException.class, maria::start);
        assertTrue(e.getMessage().contains("apt-get install -y mariadb-server"), e.getMessage());
    }

    @Test
    void findsThisMachinesServers() {
        assertTrue(Files.isExecutable(Binaries.system().postgresBinDir().resolve("postgres")));
        assertTrue(Files.isExecutable(Binaries.system().mariadbd()));
    }
}
