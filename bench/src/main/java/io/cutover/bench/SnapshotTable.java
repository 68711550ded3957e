package io.cutover.bench;

import java.util.List;

/**
 * A table of the snapshot benchmark: its DDL on MariaDB and PostgreSQL, the deterministic rows generated on the
 * MariaDB source (the sequence engine's {@code seq_1_to_N}), how it is sharded, and its columns for the checksum.
 * The shard key is always the first column, so a row's shard can be read off the first field of a dump line.
 *
 * @param name     the table name, the same on the source and on every target
 * @param columns  the columns in table order
 * @param key      the primary key column list
 * @param shardBy  the mapping file's {@code shard-by} for 4 shards
 * @param rowsSql  the generator's SELECT list over {@code seq}, in column order
 */
record SnapshotTable(String name, List<Column> columns, String key, String shardBy, String rowsSql) {

    /** How a column is typed on each side and how it enters the checksum. */
    enum Kind {
        NUMBER, TEXT, TIMESTAMP
    }

    record Column(String name, String mariadbType, String postgresType, Kind kind) {
    }

    /** The 1M-row table: a composite key (acct, line) with keys <= 0, hash on acct. */
    static SnapshotTable events() {
        return new SnapshotTable("events", List.of(
                new Column("acct", "BIGINT NOT NULL", "BIGINT NOT NULL", Kind.NUMBER),
                new Column("line", "INT NOT NULL", "INT NOT NULL", Kind.NUMBER),
                new Column("amount", "DECIMAL(18,2) NOT NULL", "NUMERIC(18,2) NOT NULL", Kind.NUMBER),
                new Column("note", "VARCHAR(100)", "VARCHAR(100)", Kind.TEXT)),
                "acct, line", "{ column: acct, algorithm: hash }",
                "CAST(seq DIV 50 AS SIGNED) - 1000, seq MOD 50, (seq * 7919 MOD 10000000) / 100,"
                        + " IF(seq MOD 10 = 0, NULL, CONCAT('event ', seq))");
    }

    /** The wider table: 10 columns with decimals, timestamps (with and without fractions), NULLs and text. */
    static SnapshotTable wide() {
        return new SnapshotTable("wide", List.of(
                new Column("id", "BIGINT NOT NULL", "BIGINT NOT NULL", Kind.NUMBER),
                new Column("customer_id", "BIGINT NOT NULL", "BIGINT NOT NULL", Kind.NUMBER),
                new Column("price", "DECIMAL(12,2) NOT NULL", "NUMERIC(12,2) NOT NULL", Kind.NUMBER),
                new Column("tax_rate", "DECIMAL(6,4)", "NUMERIC(6,4)", Kind.NUMBER),
                new Column("quantity", "INT NOT NULL", "INT NOT NULL", Kind.NUMBER),
                new Column("status", "VARCHAR(16) NOT NULL", "VARCHAR(16) NOT NULL", Kind.TEXT),
                new Column("created_at", "DATETIME(6) NOT NULL", "TIMESTAMP(6) NOT NULL", Kind.TIMESTAMP),
                new Column("shipped_at", "DATETIME", "TIMESTAMP(0)", Kind.TIMESTAMP),
                new Column("title", "VARCHAR(200) NOT NULL", "VARCHAR(200) NOT NULL", Kind.TEXT),
                new Column("body", "TEXT", "TEXT", Kind.TEXT)),
                "id", "{ column: id, algorithm: mod }",
                "seq, seq MOD 9973, (seq * 37 MOD 10000000) / 100, IF(seq MOD 7 = 0, NULL, (seq MOD 2500) / 10000),"
                        + " seq MOD 17, ELT(seq MOD 4 + 1, 'new', 'paid', 'shipped', 'returned'),"
                        + " TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND + INTERVAL (seq * 7 MOD 1000000) MICROSECOND,"
                        + " IF(seq MOD 5 = 0, NULL, TIMESTAMP '2024-01-02 00:00:00' + INTERVAL seq * 3 SECOND),"
                        + " CONCAT('Item ', seq, ' \u2013 size ', seq MOD 40),"
                        + " IF(seq MOD 1000 = 0, CONCAT('tab\\there, new\\nline, back\\\\slash ', seq),"
                        + " CONCAT('Lorem ipsum dolor sit amet ', MD5(seq), ' ', REPEAT('lorem ', seq MOD 20)))");
    }

    String createMariadb() {
        return create(true);
    }

    String createPostgres() {
        return create(false);
    }

    private String create(boolean mariadb) {
        StringBuilder sb = new StringBuilder("CREATE TABLE " + name + " (");
        for (Column c : columns) {
            sb.append(c.name).append(' ').append(mariadb ? c.mariadbType : c.postgresType).append(", ");
        }
        return sb.append("PRIMARY KEY (").append(key).append("))").toString();
    }

    String insertRows(int rows) {
        return "INSERT INTO " + name + " SELECT " + rowsSql + " FROM seq_1_to_" + rows;
    }

    /**
     * Row count and the sum of a 32-bit prefix of each row's MD5, computed alike on MariaDB and PostgreSQL:
     * numbers and text as their text, timestamps as microseconds since 1970 (no time zone involved).
     */
    String fingerprintSql(boolean mariadb) {
        StringBuilder row = new StringBuilder();
        for (Column c : columns) {
            row.append(", ");
            if (c.kind != Kind.TIMESTAMP) {
                row.append(c.name);
            } else if (mariadb) {
                row.append("TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ").append(c.name).append(')');
            } else {
                row.append("(EXTRACT(EPOCH FROM ").append(c.name).append(") * 1000000)::BIGINT");
            }
        }
        String md5 = "MD5(CONCAT_WS('|'" + row + "))";
        String prefix = mariadb ? "CAST(CONV(LEFT(" + md5 + ", 8), 16, 10) AS UNSIGNED)"
                : "('x' || LPAD(LEFT(" + md5 + ", 8), 16, '0'))::BIT(64)::BIGINT";
        return "SELECT COUNT(*), COALESCE(SUM(" + prefix + "), 0) FROM " + name;
    }
}
