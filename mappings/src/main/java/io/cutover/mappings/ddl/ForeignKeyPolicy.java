package io.cutover.mappings.ddl;

import io.cutover.mappings.plan.Placement;
import io.cutover.mappings.plan.ShardBy;
import io.cutover.mappings.schema.ForeignKey;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a foreign key can be kept on the target: only when, for every row, the parent row lives in a
 * table on the same shard that the constraint can name.
 */
final class ForeignKeyPolicy {

    /** How child physical tables find their parent table, or why the key is dropped. */
    enum Pairing { SAME_NAME, SAME_INDEX, DROPPED }

    record Decision(Pairing pairing, String reason) {
    }

    private final boolean keepCoSharded;

    ForeignKeyPolicy(ConversionOptions options) {
        this.keepCoSharded = options.keepCoShardedForeignKeys();
    }

    Decision decide(ForeignKey fk, TableLayout child, TableLayout parent) {
        if (parent == null) {
            return drop("the referenced table " + fk.referencedTable() + " is not migrated (not in the schema or not mapped)");
        }
        Placement c = child.placement();
        Placement p = parent.placement();
        if (p == Placement.EXCLUDED) {
            return drop("the referenced table " + fk.referencedTable() + " is excluded");
        }
        if (p == Placement.BROADCAST) {
            return new Decision(Pairing.SAME_NAME, "the parent is on every shard");
        }
        if (c == Placement.SINGLE && p == Placement.SINGLE) {
            return Objects.equals(child.mapping().homeShard(), parent.mapping().homeShard())
                    ? new Decision(Pairing.SAME_NAME, "both tables live on shard " + parent.mapping().homeShard())
                    : drop("the tables live on different shards (" + child.mapping().homeShard() + ", "
                    + parent.mapping().homeShard() + ")");
        }
        if (c == Placement.SHARDED && p == Placement.SHARDED) {
            return coSharded(fk, child.mapping().shardBy(), parent.mapping().shardBy());
        }
        return drop("a " + c.name().toLowerCase(Locale.ROOT) + " table's rows are not all on the shard of their "
                + p.name().toLowerCase(Locale.ROOT) + " parent rows");
    }

    private Decision coSharded(ForeignKey fk, ShardBy child, ShardBy parent) {
        boolean sameLayout = child.algorithm() == parent.algorithm() && child.tablesPerShard() == parent.tablesPerShard()
                && child.boundaries().equals(parent.boundaries()) && Objects.equals(child.physicalName(), parent.physicalName());
        if (!sameLayout) {
            return drop("the tables are sharded differently, so a child row's parent may be on another shard");
        }
        if (!upper(child.columns()).equals(upper(fk.columns()))
                || !upper(parent.columns()).equals(upper(fk.referencedColumns()))) {
            return drop("the key " + fk.columns() + " is not the shard key of both tables, so the database cannot "
                    + "check it within one shard");
        }
        if (!keepCoSharded) {
            return drop("the tables are co-sharded on the key; set keepCoShardedForeignKeys to keep it "
                    + "(physical table i references physical table i)");
        }
        return new Decision(Pairing.SAME_INDEX, "co-sharded on the key: physical table i references physical table i");
    }

    private static List<String> upper(List<String> names) {
        return names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList();
    }

    private static Decision drop(String reason) {
        return new Decision(Pairing.DROPPED, reason);
    }
}
