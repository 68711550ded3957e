package io.cutover.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.dialect.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Translates every corpus script ({@code corpus/*.sql}) for each target and compares with the reviewed
 * expectation {@code corpus/<name>.<dialect>.txt}. Run with {@code -Dgolden.update=true} to rewrite the
 * expectations, then review the diff before committing it.
 */
class GoldenCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Dialect[] TARGETS = {Dialect.MARIADB, Dialect.MYSQL, Dialect.POSTGRESQL};

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                for (Dialect d : TARGETS) {
                    out.add(Arguments.of(f.getFileName().toString(), d));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void matchesReviewedExpectation(String file, Dialect dialect) throws IOException {
        String script = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
        RewriteResult result = Rewriter.to(dialect).catalog(CorpusCatalog.get()).build().rewrite(script);
        assertTrue(result.statements().size() > 5, "corpus file " + file + " has too few statements");
        Path expected = CORPUS.resolve(file.replace(".sql", "." + dialect.yamlName() + ".txt"));
        String actual = result.toText();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "translation of " + file
                + " for " + dialect.yamlName() + " changed; review and rerun with -Dgolden.update=true");
    }
}
