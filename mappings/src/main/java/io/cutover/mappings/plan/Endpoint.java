package io.cutover.mappings.plan;

/** A database to connect to: the source or one shard. */
public record Endpoint(String name, String jdbcUrl, String username, Secret password, SourceLocation location) {
    @Override
    public String toString() {
        return name + " (" + JdbcUrls.redact(jdbcUrl) + ", user " + username + ")";
    }
}
