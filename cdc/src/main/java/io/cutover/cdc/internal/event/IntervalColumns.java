package io.cutover.cdc.internal.event;

import io.cutover.cdc.internal.apply.TableContext;
import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.dialect.Dialect;
import io.cutover.mappings.plan.Endpoint;
import io.cutover.mappings.plan.MigrationPlan;
import io.cutover.mappings.shard.PhysicalTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a target column holding a source interval stores, by the target's column type: a PostgreSQL target has
 * the interval itself; a MySQL-family target has no interval type, and stores YEAR TO MONTH as total months in
 * an {@code INT} and DAY TO SECOND as total microseconds in a {@code BIGINT} (docs/type-mapping.md). The
 * MySQL-family column types are read from the first physical table of the route, once per table and only for
 * tables that have interval columns.
 */
final class IntervalColumns {
    /** The form an interval is written in. */
    enum Form { MONTHS, MICROS, INTERVAL }

    private final MigrationPlan plan;
    private final Map<String, Map<String, Form>> byTable = new HashMap<>();

    IntervalColumns(MigrationPlan plan) {
        this.plan = plan;
    }

    /** The form of target column {@code column} of the table. */
    Form form(TableContext table, String column) {
        if (plan.target().dialect().family() == Dialect.Family.POSTGRESQL) {
            return Form.INTERVAL;
        }
        Map<String, Form> columns = byTable.computeIfAbsent(table.target().name(), t -> read(table));
        Form form = columns.get(column.toUpperCase(Locale.ROOT));
        return form == null ? Form.MICROS : form;
    }

    private Map<String, Form> read(TableContext table) {
        PhysicalTable first = table.route().all().get(0);
        Endpoint shard = plan.target().shards().get(first.shardIndex());
        Map<String, Form> forms = new HashMap<>();
        try (Connection c = DriverManager.getConnection(shard.jdbcUrl(), shard.username(), shard.password().reveal());
             ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), first.tableName(), null)) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                boolean bigint = type == Types.BIGINT || rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT).startsWith("bigint");
                forms.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), bigint ? Form.MICROS : Form.MONTHS);
            }
        } catch (SQLException e) {
            throw new CutoverException(ErrorCode.CONNECTION_FAILED, "cannot read the column types of "
                    + first.tableName() + " on shard " + first.shardName() + " (for its interval columns): "
                    + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
        return forms;
    }
}
