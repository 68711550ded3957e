package io.cutover.cli.schema;

import io.cutover.mappings.plan.JdbcUrls;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.schema.Schema;
import picocli.CommandLine.ArgGroup;

/** Where a command's source schema comes from (required): an Oracle DDL export, or the mapping file's live source. */
final class SchemaInput {
    @ArgGroup(multiplicity = "1")
    SchemaSource choice;

    /** What the schema was read from, for reports and file headers. */
    String name(MigrationPlan plan) {
        return choice.ddl() != null ? choice.ddl().toString() : JdbcUrls.redact(plan.source().endpoint().jdbcUrl());
    }

    /** What the schema was read from, independent of the working directory: for generated files. */
    String origin(MigrationPlan plan) {
        return choice.ddl() != null ? choice.ddl().getFileName().toString() : name(plan);
    }

    /** A short name for generated files: the DDL file's name without extension, or the plan's name. */
    String stem(MigrationPlan plan) {
        if (choice.ddl() == null) {
            return plan.name();
        }
        String file = choice.ddl().getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    Schema read(MigrationPlan plan) {
        return choice.read(plan);
    }
}
