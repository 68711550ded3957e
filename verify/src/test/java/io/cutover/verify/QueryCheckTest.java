package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import io.cutover.verify.results.Comparison;
import io.cutover.verify.results.QueryCheck;
import io.cutover.verify.results.QueryResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Double reads over the verify fixture (items mod on id, orders hash on customer_id, countries broadcast,
 * placed by the router). The source is PostgreSQL, so the statements are SQL it and the rewriter both accept.
 */
@Servers(postgres = 1, mariadb = 2)
class QueryCheckTest {
    private static final String SCRIPT = String.join(";\n",
            "SELECT id, customer_id, amount FROM orders WHERE customer_id = 7",
            "SELECT id, name, price, day FROM items WHERE id < 20",
            "SELECT COUNT(*) FROM items",
            "UPDATE items SET name = 'x' WHERE id = 1",
            "SELECT code, name FROM countries ORDER BY code") + ";\n";

    @Test
    void readsTwiceAndComparesOracleAware(SandboxCluster servers) {
        Fixture f = new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1")), 50);
        List<QueryResult> clean = QueryCheck.of(f.plan).run(SCRIPT);
        assertEquals(List.of(QueryResult.Outcome.EQUAL, QueryResult.Outcome.EQUAL, QueryResult.Outcome.NOT_COMPARABLE,
                QueryResult.Outcome.SKIPPED, QueryResult.Outcome.EQUAL),
                clean.stream().map(QueryResult::outcome).toList(), clean.toString());

        f.onItem(3, "UPDATE %t SET name = 'changed' WHERE id = 3");
        f.shards.get(0).exec("UPDATE countries SET name = 'Nippon' WHERE code = 'jp'");
        List<QueryResult> changed = QueryCheck.of(f.plan).run(SCRIPT);
        assertEquals(List.of(QueryResult.Outcome.EQUAL, QueryResult.Outcome.DIFFERENT,
                QueryResult.Outcome.NOT_COMPARABLE, QueryResult.Outcome.SKIPPED, QueryResult.Outcome.DIFFERENT),
                changed.stream().map(QueryResult::outcome).toList(), changed.toString());
        assertEquals(List.of(new Comparison.RowDifference(Comparison.RowDifference.Kind.DIFFERENT, 3,
                List.of("jp", "Japan"), List.of("jp", "Nippon"))), changed.get(4).comparison().differences());
        assertEquals(2, changed.get(1).comparison().differences().size(), "one row only on each side");
    }
}
