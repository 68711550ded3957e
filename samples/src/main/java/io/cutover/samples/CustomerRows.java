package io.cutover.samples;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

/** CUSTOMERS (ids from 1000, as CUSTOMERS_SEQ starts) and AUDIT_LOG, one audit row per two customers. */
final class CustomerRows {
    static final long FIRST_ID = 1000;

    private static final List<String> STATUSES = List.of("ACTIVE", "BLOCKED", "CLOSED");
    private static final List<String> AUDITED = List.of("ORDERS", "CUSTOMERS", "PAYMENTS");
    private static final List<String> ACTIONS = List.of("INSERT", "UPDATE", "DELETE");

    private final long seed;
    private final int customers;

    CustomerRows(long seed, int customers) {
        this.seed = seed;
        this.customers = customers;
    }

    void customers(RowSink sink) throws SQLException {
        for (long id = FIRST_ID; id < FIRST_ID + customers; id++) {
            Rand r = Rand.of(seed, ShopTable.CUSTOMERS, id);
            String email = "user" + id + "@" + r.pick(Vocabulary.DOMAINS);
            String name = r.pick(Vocabulary.FIRST_NAMES) + " " + r.pick(Vocabulary.LAST_NAMES);
            String country = Vocabulary.COUNTRIES.get(r.chance(0.4) ? 0 : r.between(0, Vocabulary.COUNTRIES.size() - 1))[0];
            BigDecimal credit = id == FIRST_ID ? new BigDecimal("9999999999.99")
                    : r.chance(0.1) ? null : r.decimal(5_000_000, 2);
            BigDecimal points = id == FIRST_ID ? new BigDecimal("12345.123456789012345678901234567890")
                    : r.chance(0.3) ? null : r.decimal(100_000_000, r.between(0, 6));
            String status = r.chance(0.9) ? STATUSES.get(0) : r.pick(STATUSES);
            String notes = id % 1000 == 0 ? r.text(Vocabulary.WORDS, 40_000)
                    : r.chance(0.05) ? r.text(Vocabulary.WORDS, r.between(10, 300)) : null;
            sink.row(id, email, name, country, ReferenceRows.date(r), credit, points, status, notes);
        }
    }

    void auditLog(RowSink sink) throws SQLException {
        for (long id = 1; id <= customers / 2; id++) {
            Rand r = Rand.of(seed, ShopTable.AUDIT_LOG, id);
            String table = r.pick(AUDITED);
            String details = "{\"id\": " + r.betweenLong(1, 1_000_000) + ", \"by\": \"batch\", \"note\": \""
                    + r.text(Vocabulary.WORDS, id % 500 == 0 ? 20_000 : r.between(5, 80)).replace("\"", "'")
                    .replace("\\", "/").replace("\t", " ").replace("\n", " ") + "\"}";
            sink.row(BigDecimal.valueOf(id), table, r.pick(ACTIONS), r.chance(0.1) ? null : details,
                    ReferenceRows.timestamp(r, 6));
        }
    }
}
