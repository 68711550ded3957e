package io.cutover.rewrite.internal.unparse;

import io.cutover.mappings.ddl.Identifiers;
import io.cutover.mappings.dialect.Dialect;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Our unparse dialects. They quote names as the schema step does ({@link Identifiers}: plain lower-case
 * names that are not reserved words stay bare), print
 * {@code IS NOT DISTINCT FROM} as {@code <=>} on MySQL-family targets, and otherwise rely on Calcite's
 * dialects; target-specific syntax comes from the rewrite rules, not from here.
 */
public final class TargetDialects {
    private static final Identifiers MYSQL_NAMES = Identifiers.of(Dialect.MYSQL);
    private static final Identifiers POSTGRESQL_NAMES = Identifiers.of(Dialect.POSTGRESQL);
    private static final SqlDialect MYSQL = new MysqlFamily();
    private static final SqlDialect POSTGRESQL = new Postgresql();

    private TargetDialects() {
    }

    public static SqlDialect of(Dialect dialect) {
        return dialect.family() == Dialect.Family.MYSQL ? MYSQL : POSTGRESQL;
    }

    private static final class MysqlFamily extends MysqlSqlDialect {
        /** MySQL has no OFFSET without LIMIT; its manual gives the largest BIGINT UNSIGNED as "all rows". */
        private static final SqlNode ALL_ROWS = SqlLiteral.createExactNumeric("18446744073709551615",
                SqlParserPos.ZERO);

        MysqlFamily() {
            super(MysqlSqlDialect.DEFAULT_CONTEXT);
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return MYSQL_NAMES.needsQuotes(val);
        }

        @Override
        public void unparseOffsetFetch(SqlWriter writer, SqlNode offset, SqlNode fetch) {
            super.unparseOffsetFetch(writer, offset, offset != null && fetch == null ? ALL_ROWS : fetch);
        }

        /** Oracle literals have no escape character; MySQL treats backslash as one. */
        @Override
        public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
            super.quoteStringLiteral(buf, charsetName, val.replace("\\", "\\\\"));
        }

        @Override
        public void unparseCall(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            if (call.getKind() == SqlKind.IS_NOT_DISTINCT_FROM) {
                SqlWriter.Frame frame = writer.startList("", "");
                call.operand(0).unparse(writer, 100, 100);
                writer.sep("<=>");
                call.operand(1).unparse(writer, 100, 100);
                writer.endList(frame);
            } else if (call.getKind() == SqlKind.EXTRACT) {
                call.getOperator().unparse(writer, call, leftPrec, rightPrec);
            } else {
                super.unparseCall(writer, call, leftPrec, rightPrec);
            }
        }
    }

    private static final class Postgresql extends PostgresqlSqlDialect {
        Postgresql() {
            super(PostgresqlSqlDialect.DEFAULT_CONTEXT);
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return POSTGRESQL_NAMES.needsQuotes(val);
        }
    }
}
