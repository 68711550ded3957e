package io.cutover.samples;

/** The kinds of change the {@link Workload} makes, each one transaction on the source. */
public enum Change {
    /** A new order with 1-4 lines and its payment. */
    INSERT("insert"),
    /** An order's status, a payment's amount, a customer's credit, a product's price or stock. */
    UPDATE("update"),
    /** An order line cancelled: deleted, its order's total lowered. */
    DELETE("delete"),
    /** A cancelled order line restored under the same key it was deleted with. */
    REINSERT("reinsert"),
    /** An order moved to another customer with its lines, payments and shipments: the shard key changes. */
    SHARD_KEY_CHANGE("shard-key change");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
