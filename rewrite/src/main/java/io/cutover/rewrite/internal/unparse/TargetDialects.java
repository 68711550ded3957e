package io.cutover.rewrite.internal.unparse;

import io.cutover.mappings.dialect.Dialect;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;

/**
 * Our unparse dialects. They print lower-case simple names bare and quote the rest, print
 * {@code IS NOT DISTINCT FROM} as {@code <=>} on MySQL-family targets, and otherwise rely on Calcite's
 * dialects; target-specific syntax comes from the rewrite rules, not from here.
 */
public final class TargetDialects {
    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final SqlDialect MYSQL = new MysqlFamily();
    private static final SqlDialect POSTGRESQL = new Postgresql();

    private TargetDialects() {
    }

    public static SqlDialect of(Dialect dialect) {
        return dialect.family() == Dialect.Family.MYSQL ? MYSQL : POSTGRESQL;
    }

    private static boolean needsQuote(String name, Set<String> reserved) {
        return !SIMPLE.matcher(name).matches() || reserved.contains(name);
    }

    private static final class MysqlFamily extends MysqlSqlDialect {
        MysqlFamily() {
            super(MysqlSqlDialect.DEFAULT_CONTEXT);
        }

        @Override
        protected boolean identifierNeedsQuote(String val) {
            return needsQuote(val, ReservedWords.MYSQL);
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
            return needsQuote(val, ReservedWords.POSTGRESQL);
        }
    }
}
