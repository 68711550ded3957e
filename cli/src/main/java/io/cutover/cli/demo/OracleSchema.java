package io.cutover.cli.demo;

import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.OracleDdlReader;

/** The SHOP schema as an Oracle DDL export, {@code samples/shop/oracle-schema.sql}, read as {@code --ddl} reads it. */
final class OracleSchema {
    static final String FILE = "oracle-schema.sql";

    private OracleSchema() {
    }

    static Schema read() {
        return new OracleDdlReader().read(FILE, SampleFiles.read(FILE));
    }
}
