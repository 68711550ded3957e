package io.cutover.rewrite;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.sandbox.DatabaseServer;
import io.cutover.sandbox.SandboxCluster;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Connections to the private sandbox PostgreSQL and MariaDB servers of one test class. */
final class TestDatabases implements AutoCloseable {
    final Connection postgres;
    final Connection mariadb;

    private final SandboxCluster cluster;

    TestDatabases(SandboxCluster cluster) throws SQLException {
        this.cluster = cluster;
        postgres = connect(cluster.postgres(0));
        mariadb = connect(cluster.mariadb(0));
    }

    /** A further connection (a second session), which the caller closes. */
    Connection open(boolean postgresServer) throws SQLException {
        return connect(postgresServer ? cluster.postgres(0) : cluster.mariadb(0));
    }

    /** Each Oracle statement once per target, PostgreSQL first: the arguments of a test that runs on both servers. */
    static Stream<Arguments> onBoth(Stream<String> oracle) {
        return oracle.flatMap(sql -> Stream.of(Arguments.of(Dialect.POSTGRESQL, sql), Arguments.of(Dialect.MARIADB, sql)));
    }

    private static Connection connect(DatabaseServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    void both(String postgresSql, String mariadbSql) throws SQLException {
        try (Statement s = postgres.createStatement()) {
            s.execute(postgresSql);
        }
        try (Statement s = mariadb.createStatement()) {
            s.execute(mariadbSql);
        }
    }

    @Override
    public void close() throws SQLException {
        postgres.close();
        mariadb.close();
    }
}
