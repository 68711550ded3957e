package io.cutover.mappings.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a mapping file into a validated {@link MigrationPlan}. Every problem in the file is collected first and
 * then thrown together as one {@link InvalidPlanException}, each with its {@code file:line:col}.
 *
 * <pre>{@code MigrationPlan plan = PlanLoader.load(Path.of("shop.yaml")); }</pre>
 */
public final class PlanLoader {
    private PlanLoader() {
    }

    /** Loads {@code file}, resolving {@code ${env:NAME}} from the process environment. */
    public static MigrationPlan load(Path file) {
        return load(file, System::getenv);
    }

    /** Loads {@code file}, resolving {@code ${env:NAME}} with {@code env} (which returns null for unset names). */
    public static MigrationPlan load(Path file, Function<String, String> env) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidPlanException(List.of(new PlanProblem(new SourceLocation(name, 1, 1),
                    "cannot read the mapping file: " + IoErrors.reason(e)
                            + "; check the path given with -f/--mapping")));
        }
        Path dir = file.toAbsolutePath().getParent();
        return load(name, text, dir, env);
    }

    /**
     * Loads mapping-file text.
     *
     * @param fileName the name messages use for the file
     * @param baseDir  where relative {@code ${file:path}} references start
     * @param env      resolves {@code ${env:NAME}}; returns null for unset names
     */
    public static MigrationPlan load(String fileName, String yamlText, Path baseDir, Function<String, String> env) {
        Problems problems = new Problems(fileName);
        Node root = YamlComposer.compose(yamlText, problems);
        MigrationPlan plan = null;
        if (root != null) {
            plan = new PlanReader(fileName, problems, new SecretResolver(baseDir, env, problems)).read(root);
        }
        problems.throwIfAny();
        return plan;
    }
}
