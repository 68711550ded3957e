package io.cutover.cli.connect;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the mapping file's secret references into Kafka Connect config provider references, so generated
 * configurations carry no password: {@code ${env:NAME}} stays as it is (provider {@code env},
 * EnvVarConfigProvider) and {@code ${file:path}} becomes {@code ${dir:<directory>:<file name>}} (provider
 * {@code dir}, DirectoryConfigProvider, which reads a whole file as Cutover does). A password written as
 * literal text is refused.
 */
final class SecretReferences {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]*)}");

    private SecretReferences() {
    }

    /** The Connect reference for an endpoint's password. */
    static String of(Endpoint endpoint, Path mappingDir) {
        String written = endpoint.password().toString(); // the references, or a mask for literal text
        if (written.isEmpty()) {
            return "";
        }
        Matcher m = REFERENCE.matcher(written);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (m.start() != from) {
                throw literal(endpoint);
            }
            if (m.group(1).equals("env")) {
                out.append(m.group());
            } else {
                Path file = mappingDir.resolve(m.group(2)).toAbsolutePath().normalize();
                out.append("${dir:").append(file.getParent()).append(':').append(file.getFileName()).append('}');
            }
            from = m.end();
        }
        if (from != written.length()) {
            throw literal(endpoint);
        }
        return out.toString();
    }

    /** Refuses a plan whose text would carry a literal password into the generated configuration. */
    static void requireReferences(MigrationPlan plan) {
        List<Endpoint> all = new ArrayList<>(plan.target().shards());
        all.add(plan.source().endpoint());
        if (plan.stream().state() != null) {
            all.add(plan.stream().state());
        }
        for (Endpoint e : all) {
            of(e, Path.of("."));
        }
    }

    private static CutoverException literal(Endpoint endpoint) {
        return new CutoverException(ErrorCode.INVALID_INPUT, endpoint.location() + ": the password of "
                + endpoint.name() + " is written as text; a Connect configuration must not carry it. Write it as"
                + " ${env:NAME} or ${file:path} and give the Connect workers that variable or file");
    }
}
