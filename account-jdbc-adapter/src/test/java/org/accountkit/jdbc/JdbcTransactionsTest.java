package org.accountkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.accountkit.AccountException;
import org.junit.jupiter.api.Test;

/**
 * What a caller is told when the database fails around a transaction: the original failure, never one from
 * cleaning up; and every storage failure is an {@link AccountException} with an English and a Dutch message.
 */
class JdbcTransactionsTest {

    private final AtomicBoolean resetFails = new AtomicBoolean(true);
    private final DataSource database = TestDatabases.h2();

    /** The database, whose connections fail to take auto-commit back while {@link #resetFails} is set. */
    private DataSource brokenOnReset() {
        return FaultyConnections.of(database, (method, arguments, real) -> {
            if (method.getName().equals("setAutoCommit") && Boolean.TRUE.equals(arguments[0]) && resetFails.get()) {
                throw new SQLException("connection reset by peer", "08006");
            }
            return real.call();
        });
    }

    @Test
    void a_failing_use_case_is_reported_as_itself_when_resetting_the_connection_fails_too() {
        JdbcTransactions transactions = new JdbcTransactions(brokenOnReset());

        Throwable thrown = catchThrowable(() -> transactions.inTransaction(() -> {
            throw new IllegalStateException("the use case failed");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("the use case failed");
        assertThat(thrown.getSuppressed()).singleElement().satisfies(suppressed ->
                assertThat(suppressed).hasMessageContaining("connection reset by peer"));
    }

    @Test
    void a_committed_change_stands_when_resetting_the_connection_fails_afterwards() {
        JdbcTransactions transactions = new JdbcTransactions(brokenOnReset());
        String table = "t_" + UUID.randomUUID().toString().replace("-", "");
        transactions.withConnection("creating a table", connection -> connection.createStatement()
                .executeUpdate("CREATE TABLE " + table + " (id INT)"));

        int answer = transactions.inTransaction(() -> transactions.withConnection("inserting", connection ->
                connection.createStatement().executeUpdate("INSERT INTO " + table + " VALUES (1)")));

        resetFails.set(false);
        assertThat(answer).isEqualTo(1);
        long rows = transactions.withConnection("counting", connection -> Sql.count(connection,
                "SELECT COUNT(*) FROM " + table));
        assertThat(rows).as("the insert was committed").isEqualTo(1);
    }

    @Test
    void a_storage_failure_is_an_account_exception_in_english_and_dutch_with_the_driver_failure_as_cause() {
        JdbcTransactions transactions = new JdbcTransactions(database);

        Throwable thrown = catchThrowable(() -> transactions.withConnection("reading a missing table",
                connection -> Sql.count(connection, "SELECT COUNT(*) FROM ak_no_such_table")));

        assertThat(thrown).isInstanceOf(JdbcFailure.class).isInstanceOf(AccountException.class)
                .hasMessageContaining("reading a missing table").hasCauseInstanceOf(SQLException.class);
        AccountException failure = (AccountException) thrown;
        assertThat(failure.message(Locale.forLanguageTag("nl"))).contains("reading a missing table")
                .contains("konden niet worden gelezen of opgeslagen");
        assertThat(failure.messageKey()).isEqualTo("error.storage-failure");
    }
}
