package io.cutover.mappings.assess;

import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.read.OracleDdlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test DDL read with the real Oracle DDL reader. */
final class Ddl {
    static final String SHOP = "shop-oracle.sql";
    static final String HARD = "hard-plsql.sql";

    private Ddl() {
    }

    /** {@code ddl/shop-oracle.sql}: 10 tables, a trigger, a package and its body, a view, a synonym. */
    static Schema shop() {
        return resource("/ddl/" + SHOP, SHOP);
    }

    /** {@code assess/hard-plsql.sql}: a procedure using every {@link Construct}, a database link, a view. */
    static Schema hard() {
        return resource("/assess/" + HARD, HARD);
    }

    static Schema text(String ddl) {
        return new OracleDdlReader().read("test.sql", ddl);
    }

    private static Schema resource(String path, String file) {
        try (InputStream in = Ddl.class.getResourceAsStream(path)) {
            return new OracleDdlReader().read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
