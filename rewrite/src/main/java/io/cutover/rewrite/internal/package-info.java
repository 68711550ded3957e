/**
 * Internals of the SQL rewriter: pre-lexer, Calcite parse, rewrite rules and target dialects. There is
 * no compatibility promise for anything in this package or below it; use {@link io.cutover.rewrite.Rewriter}.
 */
package io.cutover.rewrite.internal;
