package io.cutover.mappings.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Resolves {@code ${env:NAME}} and {@code ${file:path}} references in endpoint values. A file path is relative to
 * the mapping file's directory and loses its trailing newline. Messages name the reference, never a value.
 */
final class SecretResolver {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]*)}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path baseDir;
    private final Function<String, String> env;
    private final Problems problems;

    SecretResolver(Path baseDir, Function<String, String> env, Problems problems) {
        this.baseDir = baseDir;
        this.env = env;
        this.problems = problems;
    }

    /** The value written for {@code key} with its references replaced, or null when one failed (recorded). */
    String resolve(ScalarNode node, PlanKey key) {
        String text = node.getValue();
        String where = "'" + key.yamlName() + "' in " + key.section().label();
        StringBuilder out = new StringBuilder();
        boolean resolved = true;
        int from = 0;
        for (int start = text.indexOf("${"); start >= 0; start = text.indexOf("${", from)) {
            out.append(text, from, start);
            Matcher m = REFERENCE.matcher(text).region(start, text.length());
            if (!m.lookingAt()) {
                problems.add(node, where
                        + " contains '${' that starts no reference; write ${env:NAME} or ${file:path}");
                return null;
            }
            String value = m.group(1).equals("env")
                    ? env(m.group(2), m.group(), where, node) : file(m.group(2), m.group(), where, node);
            resolved &= value != null;
            out.append(value);
            from = m.end();
        }
        out.append(text.substring(from));
        return resolved ? out.toString() : null;
    }

    /** A password: printable as its references when it is made only of them, masked when it has literal text. */
    Secret secret(ScalarNode node, PlanKey key) {
        String value = resolve(node, key);
        if (value == null) {
            return null;
        }
        boolean onlyReferences = REFERENCE.matcher(node.getValue()).replaceAll("").isEmpty();
        return Secret.of(value, onlyReferences ? node.getValue() : null);
    }

    /** True when the written value uses a reference, so messages must not show its resolved form. */
    static boolean hasReference(String text) {
        return REFERENCE.matcher(text).find();
    }

    private String env(String name, String reference, String where, ScalarNode node) {
        if (!ENV_NAME.matcher(name).matches()) {
            problems.add(node, reference + " in " + where + " is not a valid environment variable name; "
                    + "use letters, digits and '_', not starting with a digit");
            return null;
        }
        String value = env.apply(name);
        if (value == null) {
            problems.add(node, "environment variable " + name + " is not set; " + reference + " in " + where
                    + " needs it");
        }
        return value;
    }

    private String file(String path, String reference, String where, ScalarNode node) {
        String problem;
        try {
            String content = Files.readString(baseDir.resolve(path), StandardCharsets.UTF_8);
            return content.replaceFirst("[\r\n]+$", "");
        } catch (InvalidPathException e) {
            problem = "not a valid path";
        } catch (IOException e) {
            problem = IoErrors.reason(e);
        }
        problems.add(node, "cannot read secret file '" + path + "' (" + reference + " in " + where
                + "; a relative path starts at the mapping file's directory): " + problem);
        return null;
    }
}
