package io.cutover.mappings.migrate;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;

/** Condenses Flyway's multi-line error report to the facts a DBA acts on, on one line. */
final class FlywayErrors {
    private static final List<String> FACTS = List.of("Migration ", "SQL State", "Error Code", "Message", "Location", "Line");

    private FlywayErrors() {
    }

    static String describe(FlywayException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        List<String> facts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.strip();
            for (String fact : FACTS) {
                if (trimmed.startsWith(fact)) {
                    facts.add(trimmed.replaceAll("\\s*:\\s*", ": ").replaceAll("-+$", "").strip());
                    break;
                }
            }
        }
        return facts.isEmpty() ? message.strip().replaceAll("\\s*\\R\\s*", " ") : String.join("; ", facts);
    }
}
