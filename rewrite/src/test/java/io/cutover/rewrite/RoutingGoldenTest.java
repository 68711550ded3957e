package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.PlanLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routes every statement of {@code routing/routing.sql} with the {@code routing/shop.yaml} plan and compares
 * the text report with the reviewed {@code routing/routing.mariadb.txt}; {@code -Dgolden.update=true}
 * rewrites it (review the diff before committing).
 */
class RoutingGoldenTest {
    static final Path DIR = Path.of("src/test/resources/routing");

    static MigrationPlan plan() throws IOException {
        return PlanLoader.load("shop.yaml", Files.readString(DIR.resolve("shop.yaml")), DIR, Map.<String, String>of()::get);
    }

    @Test
    void matchesReviewedRoutes() throws IOException {
        String script = Files.readString(DIR.resolve("routing.sql"), StandardCharsets.UTF_8);
        String actual = Rewriter.to(Dialect.MARIADB).plan(plan()).build().rewrite(script).toText();
        Path expected = DIR.resolve("routing.mariadb.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "routing changed; review and rerun with -Dgolden.update=true");
    }
}
