package jp.shingikai.app.problems;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database being away (restarting, unreachable, connection cut) rather than a fault of the
 * request: then nothing was saved and the same request may simply be sent again later, unless the connection broke
 * during the commit itself ({@link #isInDoubt}).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A rollback that failed on the broken connection hides the failure that made it roll back.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isOutage(rollback.getApplicationException())) {
                return true;
            }
            // The connection refused begin, commit or rollback itself with a state the translator does not know (for
            // instance 25P01 from a connection the restart reset): the transaction did not go through.
            if (cause instanceof TransactionSystemException transaction && transaction.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: the server is shutting down or restarting (PostgreSQL).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the connection broke while the database was committing: the server may have committed before it went
     * away, so whether the change was saved is not known. Spring's JDBC transaction manager names the failed step
     * {@code "JDBC commit"} and gives no other sign of it.
     */
    public static boolean isInDoubt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionSystemException commit && commit.getMessage() != null
                    && commit.getMessage().startsWith("JDBC commit") && commit.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
