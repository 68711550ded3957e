package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.Algorithm;
import io.cutover.mappings.plan.Placement;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RoutingErrorsTest {
    private final TableRoute mod = Plans.orders(2, Algorithm.MOD, 4, null, List.of(), "CUSTOMER_ID");
    private final TableRoute composite = Plans.orders(2, Algorithm.HASH, 4, null, List.of(), "TENANT", "ID");

    @Test
    void nullKeyNamesTableAndColumn() {
        assertMessage(ErrorCode.INVALID_INPUT, () -> mod.route((Object) null),
                "table ORDERS: shard key CUSTOMER_ID is NULL; a row needs a shard key value to be routed");
        assertMessage(ErrorCode.INVALID_INPUT, () -> composite.route(new Object[] {"ACME", null}),
                "table ORDERS: shard key ID is NULL; a row needs a shard key value to be routed");
    }

    @Test
    void missingKeyColumnInARowIsNotTheSameAsNull() {
        Map<String, Object> row = new HashMap<>();
        row.put("TENANT", "ACME");
        assertMessage(ErrorCode.INVALID_INPUT, () -> composite.keyValues(row),
                "table ORDERS: the row has no shard key column ID; a row needs a shard key value to be routed");
        row.put("ID", null);
        Object[] key = composite.keyValues(row);
        assertMessage(ErrorCode.INVALID_INPUT, () -> composite.route(key),
                "table ORDERS: shard key ID is NULL; a row needs a shard key value to be routed");
    }

    @Test
    void modRejectsNonIntegersByType() {
        String expected = "table ORDERS: shard key CUSTOMER_ID cannot be routed by mod: it must be an integer "
                + "(Byte, Short, Integer, Long, BigInteger or BigDecimal without fraction), found a ";
        assertMessage(ErrorCode.INVALID_INPUT, () -> mod.route(new BigDecimal("42.5")),
                expected + "BigDecimal with a fractional part");
        assertMessage(ErrorCode.INVALID_INPUT, () -> mod.route("42"), expected + "String");
        assertMessage(ErrorCode.INVALID_INPUT, () -> mod.route(42.0d), expected + "Double");
        assertEquals(2, mod.route(new BigDecimal("42.000")).index());
    }

    @Test
    void hashRejectsValuesWithoutCanonicalForm() {
        assertMessage(ErrorCode.INVALID_INPUT, () -> composite.route(new Object[] {"ACME", new Object()}),
                "table ORDERS: shard key ID cannot be routed by hash: a value of type Object has no canonical form");
        assertMessage(ErrorCode.INVALID_INPUT, () -> composite.route(new Object[] {"ACME", Double.NaN}),
                "table ORDERS: shard key ID cannot be routed by hash: the floating point value NaN has no canonical form");
    }

    @Test
    void rangeRejectsMixedTypes() {
        TableRoute numeric = Plans.orders(1, Algorithm.RANGE, 2, null, List.of(100), "ID");
        assertMessage(ErrorCode.INVALID_INPUT, () -> numeric.route("150"), "table ORDERS: shard key ID cannot be "
                + "routed by range: the boundaries are numbers, so the key must be a number, found a String");
        TableRoute text = Plans.orders(1, Algorithm.RANGE, 2, null, List.of("M"), "NAME");
        assertMessage(ErrorCode.INVALID_INPUT, () -> text.route(150L), "table ORDERS: shard key NAME cannot be "
                + "routed by range: the boundaries are strings, so the key must be a string or a date/time, found a Long");
    }

    @Test
    void keyCountMustMatchTheKeyColumns() {
        assertMessage(ErrorCode.INTERNAL, () -> composite.route("ACME"), "table ORDERS has a 2-column shard key "
                + "[TENANT, ID]; route it with all key values, route(Object[])");
        assertMessage(ErrorCode.INTERNAL, () -> composite.route(new Object[] {"ACME"}),
                "table ORDERS: expected 2 shard key value(s) for [TENANT, ID], got 1");
    }

    @Test
    void excludedUnknownAndBroadcastTablesSayWhatToDo() {
        ShardRouter router = Plans.router(2, Plans.unsharded("AUDIT_LOG", Placement.EXCLUDED, null),
                Plans.unsharded("COUNTRIES", Placement.BROADCAST, null));
        assertMessage(ErrorCode.INVALID_INPUT, () -> router.table("audit_log"), "table audit_log is excluded "
                + "(test.yaml:19:5), so it has no target to route to; map it in test.yaml to migrate it, "
                + "or leave it out of this operation");
        assertMessage(ErrorCode.INVALID_INPUT, () -> router.table("NOPE"), "table NOPE is not in mapping file "
                + "test.yaml; add it to the tables of the mapping file, or exclude it there");
        assertMessage(ErrorCode.INTERNAL, () -> router.table("COUNTRIES").route(1L), "table COUNTRIES is broadcast "
                + "to 2 shards and has no single physical table; use targets(...) or all()");
        assertMessage(ErrorCode.INVALID_INPUT, () -> router.table("COUNTRIES").onShard("s9"),
                "there is no shard named s9; the mapping file's shards are [s0, s1]");
    }

    @Test
    void everyPlanProblemIsReportedAtOnce() {
        CutoverException e = assertThrows(CutoverException.class, () -> Plans.router(2,
                Plans.sharded("A", "a", Algorithm.MOD, 4, null, List.of(), "X", "Y"),
                Plans.sharded("BB", "bb", Algorithm.RANGE, 2, null, List.of(10, 5, 20), "X"),
                Plans.sharded("CCC", "ccc", Algorithm.RANGE, 2, null, List.of(10, "x", 30), "X"),
                Plans.sharded("DDDD", "dddd", Algorithm.HASH, 4, "dddd", List.of(), "X"),
                Plans.sharded("EEEEE", "eeeee", Algorithm.HASH, 2, "e_{idx}", List.of(), "X"),
                Plans.sharded("FFFFFF", "ffffff", Algorithm.RANGE, 2, null, List.of(1), "X"),
                Plans.unsharded("GGGGGGG", Placement.SINGLE, "s7"),
                Plans.sharded("a", "a2", Algorithm.HASH, 0, null, List.of(), "X")));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertEquals("""
                mapping file test.yaml has 8 shard routing problem(s):
                  test.yaml:11:5: table A has shard key columns [X, Y]; mod needs exactly one
                  test.yaml:12:5: table BB has range boundaries out of order: 10 then 5; they must strictly ascend
                  test.yaml:13:5: table CCC has range boundaries of types [Integer, String]; they must be all \
                numbers or all strings (write dates as quoted strings, e.g. '2024-01-01')
                  test.yaml:14:5: table DDDD names two physical tables on shard s0 'dddd'; with several tables \
                per shard the name pattern needs {index}
                  test.yaml:15:5: table EEEEE has a physical name pattern with an unknown placeholder {idx}; \
                use {table}, {index} or {index:W}
                  test.yaml:16:5: table FFFFFF has 1 range boundaries; 4 physical tables need 3 (the lower \
                bounds of tables 1..3)
                  test.yaml:17:5: table GGGGGGG has home shard s7, which is not one of the shards [s0, s1]
                  test.yaml:11:5: table a is mapped twice""", e.getMessage());
    }

    @Test
    void aNaNBoundaryIsAPlanProblem() {
        CutoverException e = assertThrows(CutoverException.class, () -> Plans.router(1,
                Plans.sharded("T", "t", Algorithm.RANGE, 3, null, List.of(1, Double.NaN), "X")));
        assertEquals("mapping file test.yaml has 1 shard routing problem(s):\n  test.yaml:11:5: table T has range "
                + "boundary 2 that is not usable: the floating point value NaN has no canonical form", e.getMessage());
    }

    private static void assertMessage(ErrorCode code, Executable call, String message) {
        CutoverException e = assertThrows(CutoverException.class, call);
        assertEquals(message, e.getMessage());
        assertEquals(code, e.code());
        assertTrue(e.getMessage().contains("ORDERS") || !message.contains("ORDERS"));
    }
}
