package io.cutover.mappings.shard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.cutover.mappings.plan.Algorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One TableRoute shared by many threads routes exactly as one thread does (the MD5 state is per thread). */
class ConcurrentRoutingTest {
    @Test
    void threadsSharingARouteAgreeWithASingleThread() throws Exception {
        TableRoute route = Plans.orders(4, Algorithm.HASH, 16, "orders_{index:2}", List.of(), "TENANT", "ID");
        int keys = 50_000;
        int[] expected = indices(route, keys);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> indices(route, keys)));
            }
            for (Future<int[]> r : results) {
                assertArrayEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int[] indices(TableRoute route, int keys) {
        int[] out = new int[keys];
        for (int k = 0; k < keys; k++) {
            out[k] = route.route(new Object[] {"tenant-" + (k % 13), (long) k}).index();
        }
        return out;
    }
}
