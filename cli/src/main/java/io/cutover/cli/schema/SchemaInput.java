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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command's source schema comes from: an Oracle DDL export, or the mapping file's live source. */
final class SchemaInput {
    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--ddl", paramLabel = "FILE",
                description = "An Oracle DDL export (SQL Developer or DBMS_METADATA.GET_DDL output), UTF-8.")
        Path ddl;

        @Option(names = "--from-source",
                description = "Read the schema from the mapping file's source database over JDBC (needs -f).")
        boolean fromSource;
    }

    /** What the schema was read from, for reports and file headers. */
    String name(MigrationPlan plan) {
        return choice.ddl != null ? choice.ddl.toString() : JdbcUrls.redact(plan.source().endpoint().jdbcUrl());
    }

    /** What the schema was read from, independent of the working directory: for generated files. */
    String origin(MigrationPlan plan) {
        return choice.ddl != null ? choice.ddl.getFileName().toString() : name(plan);
    }

    /** A short name for generated files: the DDL file's name without extension, or the plan's name. */
    String stem(MigrationPlan plan) {
        if (choice.ddl == null) {
            return plan.name();
        }
        String file = choice.ddl.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    Schema read(MigrationPlan plan) {
        if (choice.ddl != null) {
            return DdlInput.read(choice.ddl);
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
