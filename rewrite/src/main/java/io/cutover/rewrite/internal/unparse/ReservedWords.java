package io.cutover.rewrite.internal.unparse;

import java.util.Set;

/** Words a target rejects as bare identifiers; such identifiers are printed quoted. */
final class ReservedWords {
    static final Set<String> MYSQL = Set.of("accessible", "add", "all", "alter", "analyze", "and", "as", "asc",
            "before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change",
            "char", "character", "check", "collate", "column", "condition", "constraint", "continue", "convert",
            "create", "cross", "cube", "cume_dist", "current_date", "current_time", "current_timestamp",
            "current_user", "cursor", "database", "databases", "dec", "decimal", "declare", "default", "delayed",
            "delete", "dense_rank", "desc", "describe", "distinct", "div", "double", "drop", "dual", "each",
            "else", "elseif", "empty", "enclosed", "escaped", "except", "exists", "exit", "explain", "false",
            "fetch", "first_value", "float", "for", "force", "foreign", "from", "fulltext", "function", "grant",
            "group", "grouping", "groups", "having", "if", "ignore", "in", "index", "infile", "inner", "inout",
            "insert", "int", "integer", "intersect", "interval", "into", "is", "iterate", "join", "json_table",
            "key", "keys", "kill", "lag", "last_value", "lead", "leading", "leave", "left", "like", "limit",
            "lines", "load", "localtime", "localtimestamp", "lock", "long", "loop", "match", "minus", "mod",
            "natural", "not", "nth_value", "ntile", "null", "numeric", "of", "offset", "on", "optimize", "option",
            "or", "order", "out", "outer", "over", "partition", "percent_rank", "precision", "primary",
            "procedure", "purge", "range", "rank", "read", "real", "recursive", "references", "regexp", "release",
            "rename", "repeat", "replace", "require", "restrict", "return", "returning", "revoke", "right",
            "rlike", "row", "row_number", "rows", "schema", "schemas", "select", "separator", "set", "show",
            "signal", "smallint", "spatial", "sql", "ssl", "starting", "system", "table", "terminated", "then",
            "to", "trailing", "trigger", "true", "undo", "union", "unique", "unlock", "unsigned", "update",
            "usage", "use", "using", "values", "varchar", "when", "where", "while", "window", "with", "write",
            "xor", "year_month", "zerofill");

    static final Set<String> POSTGRESQL = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner",
            "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit",
            "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or",
            "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when", "where",
            "window", "with");

    private ReservedWords() {
    }
}
