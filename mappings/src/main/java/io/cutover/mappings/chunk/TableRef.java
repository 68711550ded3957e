package io.cutover.mappings.chunk;

/**
 * A table as a statement names it.
 *
 * @param schema the schema (PostgreSQL, Oracle) or database (MySQL family) qualifying the name; null to use
 *               the connection's default
 * @param name   the table name as the database stores it
 */
public record TableRef(String schema, String name) {

    /** The quoted, qualified name. */
    public String sql(SqlFlavor flavor) {
        return schema == null ? flavor.quote(name) : flavor.quote(schema) + "." + flavor.quote(name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
