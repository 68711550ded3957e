package io.cutover.cli.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step did.
 *
 * @param line    one line for people, e.g. {@code 324,708 rows in 4.1 s (79,000 rows/s)}
 * @param figures the numbers behind it, for the JSON summary, in a fixed order
 * @param ok      false when the step ran but its outcome is not what the demo expects (e.g. verify not clean)
 */
public record StepResult(String line, Map<String, Object> figures, boolean ok) {
    public StepResult {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public static StepResult ok(String line, Map<String, Object> figures) {
        return new StepResult(line, figures, true);
    }

    /** Figures in the order given: {@code figures("rows", 10, "seconds", 1.5)}. */
    public static Map<String, Object> figures(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
