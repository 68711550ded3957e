package io.cutover.verify.internal.compare;

import io.cutover.mappings.shard.PhysicalTable;
import io.cutover.verify.Difference;
import io.cutover.verify.internal.canonical.JavaCanonical;
import io.cutover.verify.internal.repair.RepairAction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Compares a key range row by row: the source rows against the rows of every physical table of a group,
 * all read in key order and merged, so memory does not grow with the range. Each key ends as equal,
 * MISSING, EXTRA, DIFFERENT (with the differing columns) or MISPLACED (in a physical table the router does
 * not send it to), with the repair that fixes it.
 */
final class RowDiff {
    private static final int SHOWN_CHARACTERS = 60;

    private RowDiff() {
    }

    /** Source rows read and differences found in a range. */
    record Result(long rows, long differences) {
    }

    static Result diff(TableSpec spec, Side source, Map<String, Side> shards, List<PhysicalTable> group,
                     List<Object> lower, List<Object> upper, Sink findings) throws SQLException {
        List<RowReader> readers = new ArrayList<>();
        try (RowReader src = new RowReader(spec, source, true, null, lower, upper)) {
            PriorityQueue<RowReader> targets = new PriorityQueue<>((a, b) -> KeyOrder.compare(head(a).key(), head(b).key()));
            for (PhysicalTable t : group) {
                RowReader r = new RowReader(spec, shards.get(t.shardName()), false, t, lower, upper);
                readers.add(r);
                if (r.peek() != null) {
                    targets.add(r);
                }
            }
            long rows = 0;
            long[] found = {0};
            while (src.peek() != null || !targets.isEmpty()) {
                Row s = src.peek();
                Row t = targets.isEmpty() ? null : targets.peek().peek();
                int c = s == null ? 1 : t == null ? -1 : KeyOrder.compare(s.key(), t.key());
                List<Row> same = new ArrayList<>(1);
                if (c >= 0) {
                    Object[] key = t.key();
                    while (!targets.isEmpty() && KeyOrder.compare(targets.peek().peek().key(), key) == 0) {
                        RowReader r = targets.poll();
                        same.add(r.next());
                        if (r.peek() != null) {
                            targets.add(r);
                        }
                    }
                }
                if (c <= 0) {
                    rows++;
                    compare(spec, group, src.next(), same, findings, found);
                } else {
                    for (Row extra : same) {
                        found[0]++;
                        findings.add(difference(spec, Difference.Kind.EXTRA, extra, extra.table(), List.of()));
                        findings.repair(keyText(spec, extra),
                                new RepairAction(spec.name(), extra.table(), false, extra.key()));
                    }
                }
            }
            return new Result(rows, found[0]);
        } finally {
            for (RowReader r : readers) {
                r.close();
            }
        }
    }

    private static Row head(RowReader r) {
        try {
            return r.peek();
        } catch (SQLException e) {
            throw new IllegalStateException("a peeked row is buffered", e);
        }
    }

    private static void compare(TableSpec spec, List<PhysicalTable> group, Row source, List<Row> found,
                                Sink findings, long[] differences) {
        PhysicalTable home = spec.home(source.values(), group);
        Row atHome = null;
        for (Row t : found) {
            if (t.table().index() == home.index() && t.table().shardName().equals(home.shardName())) {
                atHome = t;
            } else {
                differences[0]++;
                findings.add(difference(spec, Difference.Kind.MISPLACED, t, t.table(), List.of()));
                findings.repair(keyText(spec, t), new RepairAction(spec.name(), t.table(), false, t.key()));
            }
        }
        if (atHome == null) {
            if (found.isEmpty()) {
                differences[0]++;
                findings.add(difference(spec, Difference.Kind.MISSING, source, home, List.of()));
            }
            findings.repair(keyText(spec, source), new RepairAction(spec.name(), home, true, source.key()));
            return;
        }
        if (!Arrays.equals(source.texts(), atHome.texts())) {
            List<Difference.Column> columns = new ArrayList<>();
            for (int i = 0; i < source.texts().length; i++) {
                if (!java.util.Objects.equals(source.texts()[i], atHome.texts()[i])) {
                    Column c = spec.columns().get(i);
                    columns.add(new Difference.Column(c.sourceName(), shown(c, source.texts()[i]),
                            shown(c, atHome.texts()[i])));
                }
            }
            differences[0]++;
            findings.add(difference(spec, Difference.Kind.DIFFERENT, source, home, columns));
            findings.repair(keyText(spec, source), new RepairAction(spec.name(), home, true, source.key()));
        }
    }

    private static Difference difference(TableSpec spec, Difference.Kind kind, Row row, PhysicalTable where,
                                         List<Difference.Column> columns) {
        return new Difference(kind, spec.name(), keyText(spec, row), where.shardName() + "." + where.tableName(),
                columns);
    }

    private static String keyText(TableSpec spec, Row row) {
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < spec.keyIndexes().length; k++) {
            Column c = spec.columns().get(spec.keyIndexes()[k]);
            key.append(k == 0 ? "" : ", ").append(c.sourceName()).append('=')
                    .append(shown(c, row.texts()[spec.keyIndexes()[k]]));
        }
        return key.toString();
    }

    private static String shown(Column c, String text) {
        String s = JavaCanonical.display(c.kind(), text);
        if (s == null || s.length() <= SHOWN_CHARACTERS) {
            return s;
        }
        return s.substring(0, SHOWN_CHARACTERS) + "…(" + s.length() + " characters)";
    }
}
