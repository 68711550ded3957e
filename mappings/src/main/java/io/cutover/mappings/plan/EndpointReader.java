package io.cutover.mappings.plan;

import io.cutover.mappings.dialect.Dialect;
import java.util.List;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the connection settings of the source or of one shard and checks that the JDBC URL fits the database. */
final class EndpointReader {
    /** The keys of one section that describe a connection. */
    record Keys(PlanKey jdbcUrl, PlanKey username, PlanKey password) {
    }

    static final Keys SOURCE = new Keys(PlanKey.SOURCE_JDBC_URL, PlanKey.SOURCE_USERNAME, PlanKey.SOURCE_PASSWORD);
    static final Keys SHARD = new Keys(PlanKey.SHARD_JDBC_URL, PlanKey.SHARD_USERNAME, PlanKey.SHARD_PASSWORD);
    static final Keys STATE = new Keys(PlanKey.STATE_JDBC_URL, PlanKey.STATE_USERNAME, PlanKey.STATE_PASSWORD);

    private static final List<String> MYSQL_FAMILY = List.of("jdbc:mariadb:", "jdbc:mysql:");
    /** The databases Debezium's JDBC offset and schema history stores are known to work with. */
    static final List<String> STATE_DRIVERS = List.of("jdbc:postgresql:", "jdbc:mariadb:", "jdbc:mysql:");

    private final Problems problems;
    private final SecretResolver secrets;

    EndpointReader(Problems problems, SecretResolver secrets) {
        this.problems = problems;
        this.secrets = secrets;
    }

    /** Resolves references in values of other sections, e.g. the stream's Debezium properties. */
    SecretResolver secrets() {
        return secrets;
    }

    static List<String> drivers(SourceType type) {
        return switch (type) {
            case ORACLE -> List.of("jdbc:oracle:");
            case POSTGRESQL -> List.of("jdbc:postgresql:");
            case MARIADB, MYSQL -> MYSQL_FAMILY;
        };
    }

    static List<String> drivers(Dialect dialect) {
        return dialect.family() == Dialect.Family.POSTGRESQL ? List.of("jdbc:postgresql:") : MYSQL_FAMILY;
    }

    /**
     * The endpoint, or null when something is wrong (recorded).
     *
     * @param drivers the URL prefixes the database accepts; empty when its type is itself wrong
     * @param needs   who needs those drivers, for messages (e.g. {@code source type oracle})
     */
    Endpoint read(String name, YamlMap map, Keys keys, List<String> drivers, String needs) {
        ScalarNode urlNode = map.scalar(keys.jdbcUrl());
        String url = urlNode == null ? null : secrets.resolve(urlNode, keys.jdbcUrl());
        boolean urlFits = url != null && checkUrl(urlNode, url, drivers, needs);
        ScalarNode userNode = map.scalar(keys.username());
        String username = userNode == null ? null : secrets.resolve(userNode, keys.username());
        Secret password = Secret.NONE;
        if (map.has(keys.password())) {
            ScalarNode passwordNode = map.scalar(keys.password());
            password = passwordNode == null ? null : secrets.secret(passwordNode, keys.password());
        }
        if (!urlFits || username == null || password == null) {
            return null;
        }
        return new Endpoint(name, url, username, password, problems.at(map.node()));
    }

    private boolean checkUrl(ScalarNode node, String url, List<String> drivers, String needs) {
        String written = node.getValue();
        if (!url.startsWith("jdbc:")) {
            problems.add(node, SecretResolver.hasReference(written)
                    ? "jdbc-url must start with 'jdbc:'; '" + JdbcUrls.redact(written)
                    + "' resolves to a value that does not"
                    : "jdbc-url must start with 'jdbc:'; found '" + JdbcUrls.redact(written) + "'");
            return false;
        }
        if (drivers.isEmpty() || drivers.stream().anyMatch(url::startsWith)) {
            return true;
        }
        int driverEnd = url.indexOf(':', "jdbc:".length());
        String found = driverEnd < 0 ? "no ':' after the driver name" : url.substring(0, driverEnd + 1);
        problems.add(node, needs + " needs a jdbc-url starting with " + String.join(" or ", drivers) + "; found "
                + found);
        return false;
    }
}
