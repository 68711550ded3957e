package io.cutover.samples;

import java.sql.SQLException;

/** A sample operation failed in the database; the message names the step and the SQL error. */
public final class SampleException extends RuntimeException {
    private final String sqlState;

    SampleException(String step, SQLException e) {
        super(step + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")",
                e);
        this.sqlState = e.getSQLState() == null ? "" : e.getSQLState();
    }

    /** The SQLState of the failure, empty when the driver gave none; class 08 is a connection failure. */
    public String sqlState() {
        return sqlState;
    }
}
