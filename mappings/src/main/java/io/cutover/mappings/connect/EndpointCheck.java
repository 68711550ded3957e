package io.cutover.mappings.connect;

/**
 * The outcome of opening one endpoint.
 *
 * @param endpoint the endpoint name ({@code source} or a shard name)
 * @param url      the JDBC URL with any inline credentials masked
 * @param product  database product and version when reachable, else null
 * @param millis   how long the connection took to open or to fail
 * @param error    why it failed (SQLState, vendor code, message; never a credential), else null
 */
public record EndpointCheck(String endpoint, String url, boolean reachable, String product, long millis,
                            String error) {
}
