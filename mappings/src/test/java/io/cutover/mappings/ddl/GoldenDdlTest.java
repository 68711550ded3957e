package io.cutover.mappings.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.cutover.mappings.dialect.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compares the DDL of {@link SampleSchema} with {@code src/test/resources/golden/<dialect>/<shard>.sql}
 * and the findings with {@code report.txt} next to them. After an intended change, rewrite the files with
 * {@code mvn -pl mappings test -Dtest=GoldenDdlTest -Dgolden.update=true} and review the diff in git.
 */
class GoldenDdlTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void matchesGoldenFiles(Dialect dialect) throws IOException {
        Map<String, String> actual = render(convert(dialect));
        Path dir = GOLDEN.resolve(dialect.yamlName());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : actual.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> e : actual.entrySet()) {
            Path file = dir.resolve(e.getKey());
            String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (!expected.equals(e.getValue())) {
                mismatches.add(file + ":\n" + diff(expected, e.getValue()));
            }
        }
        if (!mismatches.isEmpty()) {
            fail("output differs from the golden files (rerun with -Dgolden.update=true if intended):\n"
                    + String.join("\n", mismatches));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sameInputGivesIdenticalOutput(Dialect dialect) {
        assertEquals(render(convert(dialect)), render(convert(dialect)));
    }

    static ConversionResult convert(Dialect dialect) {
        return new SchemaConverter(new ConversionOptions(true))
                .convert(SampleSchema.schema(), SampleSchema.plan(dialect), dialect);
    }

    /** File name to content: one {@code <shard>.sql} per shard and {@code report.txt}. */
    static Map<String, String> render(ConversionResult result) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ConversionResult.ShardDdl shard : result.shards()) {
            StringBuilder sb = new StringBuilder();
            shard.statements().forEach(s -> sb.append(s).append(";\n\n"));
            files.put(shard.shard() + ".sql", sb.toString());
        }
        StringBuilder report = new StringBuilder("# findings\n");
        result.findings().forEach(f -> report.append(f).append('\n'));
        report.append("\n# global ID plan\n");
        result.ids().forEach(i -> report.append(i.source()).append(" used by ").append(i.columns()).append(": start ")
                .append(i.start()).append(", increment ").append(i.increment()).append(", shards ").append(i.shards())
                .append("; ").append(i.action()).append('\n'));
        files.put("report.txt", report.toString());
        return files;
    }

    /** The first differing line with a little context. */
    private static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return "  line " + (i + 1) + "\n  - " + el + "\n  + " + al;
            }
        }
        return "  (no line differs)";
    }
}
