package io.cutover.mappings.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The table, index and foreign key statements of one shard, from the resolved table plans. */
final class ShardWriter {
    private final DdlWriter writer;
    private final Identifiers ids;
    private final String shard;

    ShardWriter(DdlWriter writer, Identifiers ids, String shard) {
        this.writer = writer;
        this.ids = ids;
        this.shard = shard;
    }

    List<String> write(List<TablePlan> plans) {
        List<String> out = new ArrayList<>();
        for (TablePlan plan : plans) {
            for (TableLayout.PhysicalTable p : plan.layout().on(shard)) {
                out.add(writer.createTable(p.name(), plan, names(plan, p)));
                out.addAll(writer.comments(p.name(), plan));
            }
        }
        for (TablePlan plan : plans) {
            for (TableLayout.PhysicalTable p : plan.layout().on(shard)) {
                for (TablePlan.IndexDef i : plan.indexes()) {
                    out.addAll(writer.createIndex(p.name(), i, names(plan, p).apply(i.name())));
                }
            }
        }
        for (TablePlan plan : plans) {
            for (TableLayout.PhysicalTable p : plan.layout().on(shard)) {
                for (TablePlan.FkDef fk : plan.foreignKeys()) {
                    out.add(writer.addForeignKey(p.name(), fk, names(plan, p).apply(fk.name()), parent(fk, p)));
                }
            }
        }
        return out;
    }

    /**
     * Index and constraint names of a physical table. PostgreSQL index names, and MySQL foreign key and
     * check names, are unique per schema, so the physical tables of a sharded table that share a shard
     * get the table number appended.
     */
    private UnaryOperator<String> names(TablePlan plan, TableLayout.PhysicalTable p) {
        boolean numbered = p.index() >= 0 && !p.name().equals(plan.layout().logicalName());
        return name -> ids.shorten(numbered ? name + "_" + p.index() : name);
    }

    private String parent(TablePlan.FkDef fk, TableLayout.PhysicalTable child) {
        List<TableLayout.PhysicalTable> candidates = fk.parent().on(shard);
        if (fk.pairing() == ForeignKeyPolicy.Pairing.SAME_INDEX) {
            return candidates.stream().filter(c -> c.index() == child.index()).findFirst().orElseThrow().name();
        }
        return candidates.get(0).name();
    }
}
