package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs translated MERGE statements on fresh tables on sandbox MariaDB (INSERT ... ON DUPLICATE KEY UPDATE) and
 * PostgreSQL (MERGE) and compares the target table with the rows Oracle leaves, worked out by hand.
 */
@Servers(postgres = 1, mariadb = 1)
class MergeSemanticTest {
    private static TestDatabases servers;

    private record Case(String oracle, String expected) {
    }

    private static final List<Case> CASES = List.of(
            new Case("MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE "
                    + "SET t.name = s.name WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, s.name)",
                    "VALUES (1, 'Alice', 100), (2, NULL, 200), (3, 'Carl', NULL), (4, 'Zed', NULL)"),
            new Case("MERGE INTO emp t USING (SELECT emp_id, name, salary FROM new_emp WHERE salary > 0) s "
                    + "ON (s.emp_id = t.emp_id) WHEN MATCHED THEN UPDATE SET t.salary = t.salary + s.salary, "
                    + "t.name = NVL(s.name, t.name) WHEN NOT MATCHED THEN INSERT (emp_id, name, salary) "
                    + "VALUES (s.emp_id, s.name, s.salary)",
                    "VALUES (1, 'Alice', 100), (2, 'Bob', 250), (3, 'Carl', 70)"),
            new Case("MERGE INTO emp USING new_emp s ON (emp.emp_id = s.emp_id) WHEN NOT MATCHED THEN "
                    + "INSERT (emp_id, name) VALUES (s.emp_id, UPPER(s.name))",
                    "VALUES (1, 'Alice', 100), (2, 'Bob', 200), (3, 'CARL', NULL), (4, 'ZED', NULL)"));

    @BeforeAll
    static void connect(SandboxCluster cluster) throws SQLException {
        servers = new TestDatabases(cluster);
    }

    @AfterAll
    static void close() throws SQLException {
        if (servers != null) {
            servers.close();
        }
    }

    static Stream<Arguments> cases() {
        return TestDatabases.onBoth(CASES.stream().map(Case::oracle));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void targetHoldsOraclesRows(Dialect dialect, String oracle) throws SQLException {
        Case c = CASES.stream().filter(x -> x.oracle().equals(oracle)).findFirst().orElseThrow();
        StatementResult r = Rewriter.to(dialect).catalog(CorpusCatalog.get()).build().rewriteStatement(oracle);
        assertNotNull(r.translated(), () -> "not translated: " + r.issues());
        boolean pg = dialect == Dialect.POSTGRESQL;
        Connection conn = pg ? servers.postgres : servers.mariadb;
        String bin = pg ? "" : " COLLATE utf8mb4_bin";
        try (Statement s = conn.createStatement()) {
            s.execute("DROP TABLE IF EXISTS emp");
            s.execute("DROP TABLE IF EXISTS new_emp");
            s.execute("CREATE TABLE emp (emp_id INT PRIMARY KEY, name VARCHAR(20), salary INT)" + bin);
            s.execute("CREATE TABLE new_emp (emp_id INT, name VARCHAR(20), salary INT)" + bin);
            s.execute("INSERT INTO emp VALUES (1, 'Alice', 100), (2, 'Bob', 200)");
            s.execute("INSERT INTO new_emp VALUES (2, NULL, 50), (3, 'Carl', 70), (4, 'Zed', 0)");
            s.execute(r.translated());
        }
        assertEquals(OracleAwareRows.query(conn, c.expected(), false),
                OracleAwareRows.query(conn, "SELECT emp_id, name, salary FROM emp", false), r.translated());
    }
}
