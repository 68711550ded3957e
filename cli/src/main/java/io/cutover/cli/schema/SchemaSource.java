package io.cutover.cli.schema;

import com.zaxxer.hikari.HikariDataSource;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.connect.Connections;
import io.cutover.mappings.connect.EndpointProbe;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.JdbcUrls;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.plan.SourceType;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.JdbcSchemaReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/**
 * The two ways to give a source schema, as an exclusive picocli group: an Oracle DDL export, or the mapping
 * file's live source. {@code schema convert}, {@code assess} and {@code rewrite} read it the same way.
 */
public final class SchemaSource {
    @Option(names = "--ddl", paramLabel = "FILE",
            description = "An Oracle DDL export (SQL Developer or DBMS_METADATA.GET_DDL output), UTF-8.")
    Path ddl;

    @Option(names = "--from-source",
            description = "Read the schema from the mapping file's source database over JDBC (needs -f).")
    boolean fromSource;

    /** The DDL file, or null when the schema comes from the live source. */
    Path ddl() {
        return ddl;
    }

    public Schema read(MigrationPlan plan) {
        if (ddl != null) {
            return DdlInput.read(ddl);
        }
        if (plan == null) {
            throw new CutoverException(ErrorCode.INVALID_INPUT,
                    "--from-source reads the source database named in a mapping file; give the file with -f");
        }
        Endpoint source = plan.source().endpoint();
        try (HikariDataSource pool = Connections.pool(source, "schema", 1); Connection c = pool.getConnection()) {
            return new JdbcSchemaReader().read(c, schemaName(plan, c));
        } catch (SQLException | RuntimeException e) {
            if (e instanceof CutoverException ce) {
                throw ce;
            }
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the schema of the source "
                    + JdbcUrls.redact(source.jdbcUrl()) + ": " + EndpointProbe.describe(e, source)
                    + "; check it with 'cutover plan validate --connect -f " + plan.file() + "'", e);
        }
    }

    /** The mapping's schema; else PostgreSQL's public schema or the MariaDB/MySQL database of the URL. */
    private static String schemaName(MigrationPlan plan, Connection c) throws SQLException {
        if (plan.source().schema() != null) {
            return plan.source().schema();
        }
        return plan.source().type() == SourceType.POSTGRESQL ? "public" : c.getCatalog();
    }
}
