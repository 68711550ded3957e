package io.cutover.mappings.ddl;

import java.util.ArrayList;
import java.util.List;

/** The findings of one conversion, in the order they were made. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void info(String object, String message) {
        list.add(new Finding(Finding.Severity.INFO, object, message));
    }

    void warning(String object, String message) {
        list.add(new Finding(Finding.Severity.WARNING, object, message));
    }

    void error(String object, String message) {
        list.add(new Finding(Finding.Severity.ERROR, object, message));
    }

    List<Finding> list() {
        return List.copyOf(list);
    }
}
