package jp.shingikai.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures are answered as the database being away (503, nothing saved), which leave a change in doubt, and which
 * are the request's own.
 */
class DatabaseOutageTest {

    @Test
    void aLostConnectionOrARestartingServerIsAnOutage() {
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void aRollbackTheResetConnectionRefusedIsAnOutageWhateverItsState() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Cannot rollback when autoCommit is enabled.", "25P01"));
        assertThat(DatabaseOutage.isOutage(rollback)).isTrue();
    }

    @Test
    void onlyAConnectionLostDuringTheCommitLeavesTheChangeInDoubt() {
        TransactionSystemException commit = new TransactionSystemException("JDBC commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.isOutage(commit)).isTrue();
        assertThat(DatabaseOutage.isInDoubt(new RuntimeException(commit))).isTrue();
        assertThat(DatabaseOutage.isInDoubt(new TransactionSystemException("JDBC rollback failed",
                new SQLException("I/O error", "08006")))).isFalse();
        assertThat(DatabaseOutage.isInDoubt(new RuntimeException(new SQLException("I/O error", "08006")))).isFalse();
    }

    @Test
    void aRejectedRowIsTheRequestsFaultNotAnOutage() {
        assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseOutage.isOutage(new TransactionSystemException("no transaction"))).isFalse();
    }
}
