package io.cutover.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.sandbox.SandboxCluster;
import io.cutover.sandbox.Servers;
import io.cutover.verify.results.QueryCheck;
import io.cutover.verify.results.QueryResult;
import io.cutover.verify.results.QueryResult.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code verify queries} over Oracle SQL with a PostgreSQL stand-in source and 2 MariaDB shards: leading comments,
 * {@code -- binds:} values, the source side translated to PostgreSQL, statements that depend on the clock.
 */
@Servers(postgres = 1, mariadb = 2)
class VerifyQueriesTest {
    private static final String SCRIPT = """
            -- An application's queries.

            -- name: customer_orders
            -- binds: customer_id=7
            SELECT id, customer_id, amount FROM orders WHERE customer_id = :customer_id;

            -- name: item_name
            /* Oracle only: NVL, so the source side must be translated */
            -- binds: 1=3
            SELECT id, NVL(name, '-') AS name, price FROM items WHERE id = :1;

            -- name: unbound
            SELECT id FROM items WHERE id = :id;

            -- name: items_today
            SELECT id, TRUNC(SYSDATE) AS today FROM items WHERE id = 1;

            -- name: next_id
            SELECT items_seq.NEXTVAL FROM DUAL;

            -- name: country_label
            SELECT code, DECODE(code, 'jp', 'Japan!', name) AS label FROM countries ORDER BY code;

            -- name: by_name
            -- binds: name='it''s n5', id=5
            SELECT id FROM items WHERE name = :name OR id = :id;

            -- name: rename
            -- binds: id=4
            UPDATE items SET name = 'x' WHERE id = :id;
            """;

    @Test
    void readsOracleSqlOnAStandInSource(SandboxCluster servers) {
        Fixture f = new Fixture(Db.create(servers.postgres(0), "src"),
                List.of(Db.create(servers.mariadb(0), "s0"), Db.create(servers.mariadb(1), "s1")), 50);
        QueryCheck check = QueryCheck.of(f.plan);
        List<QueryResult> r = check.run(SCRIPT);
        assertEquals(List.of(Outcome.EQUAL, Outcome.EQUAL, Outcome.SKIPPED, Outcome.NOT_COMPARABLE,
                Outcome.NOT_COMPARABLE, Outcome.EQUAL, Outcome.EQUAL, Outcome.SKIPPED),
                r.stream().map(QueryResult::outcome).toList(), r.toString());
        assertEquals("source side translated to postgresql: compares routing and sharding, not Oracle semantics",
                check.sourceNote());

        assertEquals("customer_orders", r.get(0).name());
        assertEquals("SELECT id, customer_id, amount FROM orders WHERE customer_id = :customer_id", r.get(0).sql());
        assertTrue(r.get(0).route().startsWith("route: "), r.get(0).route());
        assertEquals(1, r.get(1).comparison().leftRows());
        assertNotNull(r.get(1).sourceSql());
        assertTrue(r.get(1).sourceSql().contains("COALESCE"), r.get(1).sourceSql());
        assertTrue(r.get(2).reason().startsWith("binds without values: :id"), r.get(2).reason());
        assertEquals("depends on the time: SYSDATE", r.get(3).reason());
        assertEquals("depends on a sequence: NEXTVAL", r.get(4).reason());
        assertTrue(r.get(6).route().startsWith("scatter"), r.get(6).route());
        assertTrue(r.get(7).reason().startsWith("not a query"), r.get(7).reason());
        assertNull(r.get(7).comparison());
        assertEquals("8 statements: 4 compared (4 equal, 0 different), 2 not comparable (depends on a sequence 1,"
                + " depends on the time 1), 0 failed, 2 skipped (binds without values 1, not a query 1)",
                QueryCheck.summary(r));

        f.onItem(3, "UPDATE %t SET name = 'changed' WHERE id = 3");
        List<QueryResult> changed = check.run(SCRIPT);
        assertEquals(Outcome.DIFFERENT, changed.get(1).outcome(), changed.get(1).toString());
        assertEquals(Outcome.EQUAL, changed.get(0).outcome(), changed.get(0).toString());
    }
}
