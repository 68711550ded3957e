package io.cutover.mappings.ddl;

import io.cutover.mappings.types.ColumnMapping;
import java.util.List;

/**
 * The target DDL of every shard, in the target's shard order, with what a person must know about it.
 *
 * @param columns the type mapping of every migrated column, in schema order
 * @param ids     the global ID plan: one entry per sequence or identity column
 */
public record ConversionResult(List<ShardDdl> shards, List<Finding> findings, List<ColumnMapping> columns,
                               List<IdPlan> ids) {
    public ConversionResult {
        shards = List.copyOf(shards);
        findings = List.copyOf(findings);
        columns = List.copyOf(columns);
        ids = List.copyOf(ids);
    }

    /** The statements of one shard, each without a trailing semicolon, in the order to run them. */
    public record ShardDdl(String shard, List<String> statements) {
        public ShardDdl {
            statements = List.copyOf(statements);
        }
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }
}
