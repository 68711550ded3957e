package io.cutover.mappings.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No message or toString may contain a secret value, whether it came from the environment, a file or the text. */
class SecretsNeverShownTest {
    private static final List<String> SECRETS = List.of(
            "env-secret-value", "file-secret-value", "inline-secret-value", "url-secret-value", "env-url-secret");
    private static final Map<String, String> ENV = Map.of(
            "SOURCE_PASSWORD", "env-secret-value",
            "BAD_URL", "env-url-secret:not-a-jdbc-url");

    @TempDir
    Path dir;

    @Test
    void loadedPlanPrintsReferencesAndMasksOnly() throws Exception {
        Files.writeString(dir.resolve("pw"), "file-secret-value\n");
        String yaml = """
                name: shop
                source: { type: mysql, jdbc-url: "jdbc:mysql://db/shop?password=url-secret-value", username: u, password: "${env:SOURCE_PASSWORD}" }
                target:
                  dialect: mysql
                  shards:
                    - { name: s0, jdbc-url: "jdbc:mysql://db0/shop", username: u, password: "${file:pw}" }
                    - { name: s1, jdbc-url: "jdbc:mysql://db1/shop", username: u, password: inline-secret-value }
                tables: [ { source: ORDERS, broadcast: true } ]
                """;

        MigrationPlan plan = PlanLoader.load("shop.yaml", yaml, dir, ENV::get);

        List<String> shown = new ArrayList<>(List.of(plan.toString(), plan.source().toString(), plan.target().toString()));
        for (Endpoint e : plan.target().shards()) {
            shown.add(e.toString());
            shown.add(e.password().toString());
        }
        shown.add(plan.source().endpoint().password().toString());
        assertNoSecret(shown);
    }

    @Test
    void problemsAroundSecretsNeverQuoteThem() throws Exception {
        Files.writeString(dir.resolve("pw"), "file-secret-value");
        String yaml = """
                name: shop
                source: { type: oracle, jdbc-url: "jdbc:mysql://u:url-secret-value@db/shop", username: u, password: "${env:SOURCE_PASSWORD}", schema: S }
                target:
                  dialect: postgresql
                  shards:
                    - { name: s0, jdbc-url: "${env:BAD_URL}", username: u, password: "${file:pw}" }
                    - { name: s1, jdbc-url: "mysql://u:url-secret-value@db1/shop", username: u, password: "inline-secret-value${oops" }
                    - { name: s2, jdbc-url: "jdbc:postgresql://db2/shop", username: u, password: inline-secret-value, pasword: inline-secret-value }
                    - { name: s3, jdbc-url: "jdbc:postgresql://db3/shop", username: u, password: [inline-secret-value] }
                tables: [ { source: ORDERS, shard: s9 } ]
                """;

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanLoader.load("shop.yaml", yaml, dir, ENV::get));

        assertEquals(7, e.problems().size(), e.getMessage());
        assertNoSecret(List.of(e.getMessage(), e.toString(), e.problems().toString()));
        assertNull(e.getCause(), "a cause could carry the secret in its own message");
    }

    @Test
    void yamlSyntaxErrorsDoNotQuoteTheLine() {
        for (String yaml : List.of("source:\n  password: \"inline-secret-value\n", "source:\n  password: inline-secret-value: x\n",
                "source:\n  password: inline-secret-value\n   type: x\n")) {
            InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanLoader.load("s.yaml", yaml, dir, ENV::get));
            assertNoSecret(List.of(e.getMessage(), e.toString()));
        }
    }

    private static void assertNoSecret(List<String> texts) {
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertFalse(text.contains(secret), () -> "'" + secret + "' shown in: " + text);
            }
        }
    }
}
