package io.cutover.cli.demo;

import io.cutover.verify.Difference;

/**
 * A difference the demo put into a shard on purpose, for verify to find.
 *
 * @param kind     what verify should call it
 * @param table    the source table
 * @param key      the row key as verify names it, {@code column=value} joined by {@code , }
 * @param home     where the router puts the row: {@code shard.physical_table}
 * @param location where verify should name it: where the row now is, or for a missing row its home
 * @param what     what was done, for people
 */
record Injected(Difference.Kind kind, String table, String key, String home, String location, String what) {
    boolean matches(Difference d) {
        return d.kind() == kind && d.table().equals(table) && d.key().equals(key) && d.location().equals(location);
    }
}
