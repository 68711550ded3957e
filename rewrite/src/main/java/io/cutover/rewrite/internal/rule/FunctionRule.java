package io.cutover.rewrite.internal.rule;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/** Rewrites one Oracle function call whose operands are already translated. */
@FunctionalInterface
interface FunctionRule {
    SqlNode apply(SqlCall call, RuleContext ctx);
}
