package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.ddl.ConversionOptions;
import io.cutover.mappings.ddl.SchemaConverter;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.OracleDdlReader;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #6 coverage items that {@link SemanticTest} does not run: CONCAT, TO_TIMESTAMP, TO_NUMBER without a
 * format, SYSTIMESTAMP, sequences, hints, FOR UPDATE WAIT / SKIP LOCKED, RETURNING, quoted and reserved names,
 * binds, and the keywords Oracle allows as column names (TIMESTAMP, TIME, NEXT, INTERVAL, WINDOW), each run translated on private PostgreSQL and MariaDB sandbox servers against Oracle's answer
 * (worked out by hand). The quoted-name table is created from Oracle DDL by the schema step's converter, so the
 * rewritten names must be the ones it created.
 */
@Servers(postgres = 1, mariadb = 1)
class CoverageSemanticTest {
    private static final String ORACLE_DDL = "CREATE TABLE emp (emp_id NUMBER(5) PRIMARY KEY, name VARCHAR2(40), "
            + "status VARCHAR2(1), code VARCHAR2(20), hire_date DATE);\n"
            + "CREATE TABLE ret (id NUMBER(5) PRIMARY KEY, name VARCHAR2(10));\n"
            + "CREATE TABLE \"Order Items\" (\"Qty\" NUMBER(5), \"LEVEL\" NUMBER(5), VALUE VARCHAR2(10), "
            + "RANGE NUMBER(5), \"ORDER\" NUMBER(5));\n"
            + "CREATE TABLE kw (id NUMBER(5), timestamp DATE, time VARCHAR2(8), next NUMBER(5), interval NUMBER(5), "
            + "window VARCHAR2(5));\n"
            + "CREATE SEQUENCE order_seq START WITH 100;\n"
            + "CREATE SEQUENCE \"OrderSeq\" START WITH 7;\n";
    private static final Schema SCHEMA = new OracleDdlReader().read("coverage.sql", ORACLE_DDL);
    private static TestDatabases servers;

    /** An Oracle statement, Oracle's answer as a VALUES list, and whether row order is part of it. */
    private record Case(String oracle, String expected, boolean ordered) {
    }

    private static final List<Case> CASES = List.of(
            new Case("SELECT emp_id, CONCAT(name, status), CONCAT(CONCAT(name, '-'), status) FROM emp",
                    "VALUES (1, 'AliceA', 'Alice-A'), (2, 'Bob', 'Bob-'), (3, NULL, '-')", false),
            new Case("SELECT emp_id, TO_NUMBER(code) + 1, TO_NUMBER('0.0001234') * 10000 FROM emp",
                    "VALUES (1, 13.5, 1.234), (2, -2, 1.234), (3, NULL, 1.234)", false),
            new Case("SELECT emp_id FROM emp WHERE TO_NUMBER(code) > 0", "VALUES (1)", false),
            new Case("SELECT TO_TIMESTAMP('2024-01-31 13:45:10', 'YYYY-MM-DD HH24:MI:SS') FROM dual",
                    "VALUES (TIMESTAMP '2024-01-31 13:45:10')", false),
            new Case("SELECT 1 FROM dual WHERE TO_TIMESTAMP('31.01.2024 13:45:10.250000', 'DD.MM.YYYY HH24:MI:SS.FF6') "
                    + "> TO_TIMESTAMP('2024-01-31 13:45:10', 'YYYY-MM-DD HH24:MI:SS')", "VALUES (1)", false),
            new Case("SELECT COUNT(*) FROM emp WHERE hire_date < SYSTIMESTAMP "
                    + "AND SYSTIMESTAMP < TIMESTAMP '2200-01-01 00:00:00'", "VALUES (3)", false),
            new Case("SELECT emp_id FROM emp WHERE hire_date > SYSTIMESTAMP - 36500", "VALUES (1), (2), (3)", false),
            new Case("SELECT /*+ INDEX(e emp_pk) FULL(e) */ e.emp_id FROM emp e WHERE e.emp_id = 1", "VALUES (1)",
                    false),
            new Case("SELECT --+ FIRST_ROWS\n emp_id FROM emp WHERE emp_id = 2", "VALUES (2)", false),
            new Case("SELECT emp_id FROM emp WHERE emp_id = 2 FOR UPDATE WAIT 5", "VALUES (2)", false),
            new Case("SELECT emp_id FROM emp WHERE emp_id > 1 FOR UPDATE SKIP LOCKED", "VALUES (2), (3)", false),
            new Case("SELECT \"Qty\", \"LEVEL\", value, range, \"ORDER\", t.\"Qty\" + 1 FROM \"Order Items\" t "
                    + "WHERE \"ORDER\" = 7 ORDER BY \"LEVEL\"", "VALUES (2, 1, 'x', 5, 7, 3), (4, 3, NULL, NULL, 7, 5)",
                    true),
            new Case("SELECT COUNT(*) FROM \"Order Items\" WHERE value = 'x' AND range = 5", "VALUES (1)", false),
            new Case("SELECT k.timestamp, time, next, interval, window FROM kw k WHERE next = 1",
                    "VALUES (TIMESTAMP '2023-06-01 10:00:00', '08:30', 1, 5, 'a')", false),
            new Case("SELECT id FROM kw WHERE timestamp < TIMESTAMP '2025-01-01 00:00:00' AND interval >= 0 "
                    + "ORDER BY next DESC FETCH NEXT 1 ROWS ONLY", "VALUES (2)", true),
            new Case("SELECT id, timestamp + 1, CAST(time AS VARCHAR2(8)) FROM kw WHERE time = '08:30' "
                    + "AND timestamp > SYSDATE - INTERVAL '36500' DAY(5)",
                    "VALUES (1, TIMESTAMP '2023-06-02 10:00:00', '08:30')", false));

    @BeforeAll
    static void load(SandboxCluster cluster) throws SQLException {
        servers = new TestDatabases(cluster);
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.MARIADB)) {
            List<String> ddl = new SchemaConverter(ConversionOptions.DEFAULTS)
                    .convert(SCHEMA, null, d).shards().get(0).statements();
            for (String statement : ddl) {
                execute(connection(d), statement);
            }
        }
        // schema convert creates no sequences on the MySQL family (see its global ID plan): made by hand here
        execute(servers.mariadb, "CREATE SEQUENCE order_seq START WITH 100");
        execute(servers.mariadb, "CREATE SEQUENCE `OrderSeq` START WITH 7");
        String rows = "INSERT INTO emp VALUES (1, 'Alice', 'A', '12.50', '2020-01-31 09:30:00'), "
                + "(2, 'Bob', NULL, '-3', '2019-02-28 00:00:00'), (3, NULL, NULL, NULL, '2023-05-20 08:00:00')";
        servers.both(rows, rows);
        String kw = "INSERT INTO kw VALUES (1, '2023-06-01 10:00:00', '08:30', 1, 5, 'a'), "
                + "(2, '2024-06-01 00:00:00', '09:00', 2, 0, NULL)";
        servers.both(kw.replace("kw", "kw (id, \"timestamp\", \"time\", \"next\", \"interval\", \"window\")"),
                kw.replace("kw", "kw (id, `timestamp`, `time`, `next`, `interval`, `window`)"));
        servers.both("INSERT INTO \"Order Items\" VALUES (2, 1, 'x', 5, 7), (4, 3, NULL, NULL, 7), (6, 2, 'y', 1, 8)",
                "INSERT INTO `Order Items` VALUES (2, 1, 'x', 5, 7), (4, 3, NULL, NULL, 7), (6, 2, 'y', 1, 8)");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (servers != null) {
            servers.close();
        }
    }

    static Stream<Arguments> cases() {
        return TestDatabases.onBoth(CASES.stream().map(Case::oracle));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void translationReturnsOraclesAnswer(Dialect dialect, String oracle) throws SQLException {
        Case c = CASES.stream().filter(x -> x.oracle().equals(oracle)).findFirst().orElseThrow();
        String sql = translate(dialect, oracle).translated();
        Connection conn = connection(dialect);
        assertEquals(OracleAwareRows.query(conn, c.expected(), c.ordered()),
                OracleAwareRows.query(conn, sql, c.ordered()), sql);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void bindsAreSetByNameInMarkerOrder(Dialect dialect) throws SQLException {
        StatementResult r = translate(dialect, "SELECT emp_id FROM emp WHERE name = :name OR emp_id = :1 "
                + "OR (status = :name AND code = :code)");
        assertEquals(List.of("name", "1", "name", "code"), r.binds());
        Map<String, Object> values = Map.of("name", "Alice", "1", 3, "code", "12.50");
        List<Object> params = r.binds().stream().map(values::get).toList();
        assertEquals(List.of("1", "3"), prepared(connection(dialect), r.translated(), params));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void sequencesGiveNextAndCurrentValues(Dialect dialect) throws SQLException {
        Connection conn = connection(dialect);
        assertEquals(List.of("100"), rows(conn, translate(dialect, "SELECT order_seq.NEXTVAL FROM dual")));
        assertEquals(List.of("101"), rows(conn, translate(dialect, "SELECT order_seq.nextval FROM dual")));
        assertEquals(List.of("101"), rows(conn, translate(dialect, "SELECT order_seq.CURRVAL FROM dual")));
        assertEquals(List.of("7 | 7"), rows(conn, translate(dialect,
                "SELECT \"OrderSeq\".NEXTVAL, \"OrderSeq\".CURRVAL FROM dual")));
        execute(conn, translate(dialect, "INSERT INTO ret (id, name) VALUES (order_seq.NEXTVAL, 'seq')").translated());
        assertEquals(List.of("102 | seq"), rows(conn, translate(dialect, "SELECT id, name FROM ret WHERE name = 'seq'")));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void returningGivesTheWrittenRowsBack(Dialect dialect) throws SQLException {
        Connection conn = connection(dialect);
        StatementResult insert = translate(dialect,
                "INSERT INTO ret (id, name) VALUES (1, 'one') RETURNING id, name INTO :id, :name");
        assertEquals(List.of("1 | one"), OracleAwareRows.query(conn, insert.translated(), false));
        StatementResult update = Rewriter.to(dialect).build()
                .rewriteStatement("UPDATE ret SET name = UPPER(name) WHERE id = 1 RETURNING name INTO :name");
        if (dialect == Dialect.POSTGRESQL) {
            assertEquals(List.of("ONE"), OracleAwareRows.query(conn, update.translated(), false));
        } else {
            assertNull(update.translated(), "MariaDB has no UPDATE ... RETURNING");
            execute(conn, "UPDATE ret SET name = 'ONE' WHERE id = 1");
        }
        StatementResult delete = translate(dialect, "DELETE ret WHERE id = 1 RETURNING id || '-' || name INTO :x");
        assertEquals(List.of("1-ONE"), OracleAwareRows.query(conn, delete.translated(), false));
        assertEquals(List.of(), rows(conn, translate(dialect, "SELECT id FROM ret WHERE id = 1")));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void skipLockedPassesOverRowsLockedByAnotherSession(Dialect dialect) throws SQLException {
        String sql = translate(dialect, "SELECT emp_id FROM emp FOR UPDATE SKIP LOCKED").translated();
        try (Connection other = servers.open(dialect == Dialect.POSTGRESQL)) {
            other.setAutoCommit(false);
            execute(other, "SELECT emp_id FROM emp WHERE emp_id = 1 FOR UPDATE");
            assertEquals(List.of("2", "3"), OracleAwareRows.query(connection(dialect), sql, false), sql);
            other.rollback();
        }
    }

    private static StatementResult translate(Dialect dialect, String oracle) {
        StatementResult r = Rewriter.to(dialect).catalog(Catalog.of(SCHEMA)).build().rewriteStatement(oracle);
        assertNotNull(r.translated(), () -> "not translated: " + r.issues());
        assertTrue(r.issues().stream().noneMatch(i -> i.severity() == Issue.Severity.UNSUPPORTED), r.issues()::toString);
        return r;
    }

    private static Connection connection(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? servers.postgres : servers.mariadb;
    }

    private static List<String> rows(Connection c, StatementResult r) throws SQLException {
        return OracleAwareRows.query(c, r.translated(), false);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> prepared(Connection c, String sql, List<Object> params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        out.sort(null);
        return out;
    }
}
