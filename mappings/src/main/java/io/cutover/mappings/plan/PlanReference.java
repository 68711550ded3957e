package io.cutover.mappings.plan;

/** The mapping-file reference for the README, generated from the {@link PlanKey} declarations. */
public final class PlanReference {
    private PlanReference() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        for (PlanKey.Section section : PlanKey.Section.values()) {
            md.append("\n**").append(heading(section)).append("**\n\n");
            md.append("| key | required | meaning |\n|---|---|---|\n");
            for (PlanKey key : section.keys()) {
                md.append("| `").append(key.yamlName()).append("` | ").append(key.required() ? "yes" : "no")
                        .append(" | ").append(key.description().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String heading(PlanKey.Section section) {
        return switch (section) {
            case PLAN -> "Top level";
            case SHARD -> "target.shards[]";
            case TABLE -> "tables[]";
            case SHARD_BY -> "tables[].shard-by";
            default -> section.label();
        };
    }
}
