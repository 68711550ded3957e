package io.cutover.rewrite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column kinds and primary keys of the test schema (emp, dept) that the corpus and semantic tests use. */
final class CorpusCatalog {
    private CorpusCatalog() {
    }

    static Catalog get() {
        Map<String, ValueKind> m = new HashMap<>();
        for (String c : new String[] {"hire_date", "end_date"}) {
            m.put(c, ValueKind.DATE);
        }
        for (String c : new String[] {"salary", "commission", "bonus", "emp_id", "dept_id", "manager_id"}) {
            m.put(c, ValueKind.NUMBER);
        }
        for (String c : new String[] {"name", "first_name", "last_name", "status", "code", "phone", "email"}) {
            m.put(c, ValueKind.STRING);
        }
        return Catalog.of(m).withPrimaryKey("emp", List.of("emp_id")).withPrimaryKey("dept", List.of("dept_id"));
    }
}
