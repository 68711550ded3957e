package io.cutover.rewrite.internal.parse;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Calcite's Babel parser set up for normalised Oracle text: double-quoted identifiers, unquoted names
 * folded to upper case as Oracle does, quoted names kept exactly.
 */
public final class OracleParser {
    private static final SqlParser.Config CONFIG = SqlParser.config()
            .withParserFactory(SqlBabelParserImpl.FACTORY)
            .withConformance(SqlConformanceEnum.BABEL)
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.TO_UPPER)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(true)
            .withIdentifierMaxLength(128);

    private OracleParser() {
    }

    public static SqlNode statement(String sql) throws SqlParseException {
        return SqlParser.create(sql, CONFIG).parseStmt();
    }

    public static SqlNode expression(String sql) throws SqlParseException {
        return SqlParser.create(sql, CONFIG).parseExpression();
    }
}
