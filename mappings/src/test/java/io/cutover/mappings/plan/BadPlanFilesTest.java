package io.cutover.mappings.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.ErrorCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code plans/bad} is a mapping file with one mistake; its first line is
 * {@code # expect: line:col: message}, the single problem the loader must report. Adding a case is adding a file.
 */
class BadPlanFilesTest {
    private static final String EXPECT = "# expect: ";
    private static final Map<String, String> ENV = Map.of("SOURCE_PASSWORD", "env-secret-value");

    static Path dir() throws URISyntaxException {
        return Path.of(BadPlanFilesTest.class.getResource("/plans/bad").toURI());
    }

    static List<String> files() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsTheExpectedProblem(String name) throws Exception {
        Path file = dir().resolve(name);
        String first = Files.readAllLines(file).get(0);
        assertTrue(first.startsWith(EXPECT), name + " must start with '" + EXPECT + "line:col: message'");

        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanLoader.load(file, ENV::get));

        assertEquals(file + ":" + first.substring(EXPECT.length()), e.getMessage());
        assertEquals(1, e.problems().size());
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
    }

    @Test
    void coversManyMistakes() throws Exception {
        assertTrue(files().size() >= 15, "only " + files().size() + " bad plan files");
    }
}
