package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.shard.ShardRouter;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing with bind values, as the traffic router calls it, against {@code routing/shop.yaml}. */
class RoutingTest {
    private final Rewriter rewriter;
    private final ShardRouter router;

    RoutingTest() throws IOException {
        rewriter = Rewriter.to(Dialect.MARIADB).plan(RoutingGoldenTest.plan()).build();
        router = ShardRouter.of(RoutingGoldenTest.plan());
    }

    @Test
    void bindValueChoosesThePhysicalTableTheRouterChooses() {
        StatementResult s = rewriter.rewriteStatement("SELECT * FROM orders o WHERE o.customer_id = :cust");
        assertEquals(Route.Kind.BY_BINDS, s.routing().route().kind());
        assertEquals(List.of("cust"), s.routing().route().decidingBinds());
        for (long id = -3; id < 20; id++) {
            Route r = rewriter.route(s, List.of(id));
            assertEquals(Route.Kind.ROUTED, r.kind());
            assertEquals(1, r.targets().size());
            assertEquals(router.table("ORDERS").route(id).tableName(), r.targets().get(0).tables().get(0));
            assertEquals(router.table("ORDERS").route(id).shardName(), r.targets().get(0).shard());
        }
    }

    @Test
    void multiRowInsertIsSplitWithEachRowsBinds() {
        StatementResult s = rewriter.rewriteStatement(
                "INSERT INTO orders (order_id, customer_id) VALUES (:o1, :c1), (:o2, :c2), (:o3, :c3)");
        Route r = rewriter.route(s, List.of(10L, 1L, 11L, 2L, 12L, 5L));
        assertEquals(2, r.targets().size());
        Route.Target first = r.targets().get(0);
        assertEquals("orders_1", first.tables().get(0));
        assertEquals("INSERT INTO orders_1 (order_id, customer_id)\nVALUES (?, ?), (?, ?)", first.sql());
        assertEquals(List.of(0, 1, 4, 5), first.params());
        assertEquals(List.of(2, 3), r.targets().get(1).params());
    }

    @Test
    void nullKeyMatchesNoRowSoOneTableAnswers() {
        StatementResult s = rewriter.rewriteStatement("SELECT * FROM orders WHERE customer_id = :c");
        Route r = rewriter.route(s, Arrays.asList((Object) null));
        assertEquals(1, r.targets().size());
        assertTrue(r.notes().get(0).contains("match no row"), r.notes().toString());
    }

    @Test
    void keyValueTheRuleCannotUseIsNotRoutable() {
        StatementResult s = rewriter.rewriteStatement("SELECT * FROM orders WHERE customer_id = :c");
        Route r = rewriter.route(s, List.of("7"));
        assertEquals(Route.Kind.NOT_ROUTABLE, r.kind());
        assertTrue(r.notes().get(0).contains("must be an integer"), r.notes().toString());
    }

    @Test
    void bindCountMustMatch() {
        StatementResult s = rewriter.rewriteStatement("DELETE FROM orders WHERE customer_id = :c");
        assertThrows(IllegalArgumentException.class, () -> rewriter.route(s, List.of(1L, 2L)));
    }

    @Test
    void routingNeedsAPlanOfTheSameDialect() throws IOException {
        Rewriter plain = Rewriter.to(Dialect.MARIADB).build();
        StatementResult s = plain.rewriteStatement("SELECT 1 FROM dual");
        assertThrows(IllegalArgumentException.class, () -> plain.route(s, List.of()));
        CutoverException e = assertThrows(CutoverException.class,
                () -> Rewriter.to(Dialect.POSTGRESQL).plan(RoutingGoldenTest.plan()));
        assertTrue(e.getMessage().contains("targets mariadb, not postgresql"), e.getMessage());
    }

    @Test
    void jsonViewCarriesTheRoute() {
        var m = rewriter.rewriteStatement("SELECT name FROM customers WHERE customer_id = 6").toMap();
        @SuppressWarnings("unchecked")
        var route = (java.util.Map<String, Object>) m.get("route");
        assertEquals("ROUTED", route.get("kind"));
        assertEquals(List.of("s1"), route.get("shards"));
    }
}
