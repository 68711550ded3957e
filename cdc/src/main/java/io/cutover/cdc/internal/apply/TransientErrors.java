package io.cutover.cdc.internal.apply;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Which target failures are worth retrying: lost or refused connections (SQLState class 08, the driver's
 * transient and recoverable exceptions), serialization failures and deadlocks (40001, 40P01, MySQL 1213),
 * lock wait timeouts (MySQL 1205). Everything else, notably authentication (class 28) and bad data, is
 * permanent: retrying cannot help.
 */
final class TransientErrors {
    private TransientErrors() {
    }

    static boolean isTransient(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof SQLException s && isTransient(s)) {
                return true;
            }
            if (e instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("28")) {
            return false;
        }
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        if (state != null && (state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
            return true;
        }
        int code = e.getErrorCode();
        return code == 1213 || code == 1205;
    }

    /** SQLState, vendor code and message, the way a DBA looks them up. */
    static String describe(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof SQLException s) {
                return "SQLState " + s.getSQLState() + ", vendor code " + s.getErrorCode() + ": " + s.getMessage();
            }
        }
        return String.valueOf(t);
    }
}
