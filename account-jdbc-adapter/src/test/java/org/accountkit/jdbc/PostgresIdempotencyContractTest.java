package org.accountkit.jdbc;

import java.time.Clock;

import org.accountkit.AccountKit;
import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.Fixtures;
import org.accountkit.testkit.IdempotencyContract;

/** Idempotent submissions on PostgreSQL; the race runs between two servers, each with its own connection pool. */
class PostgresIdempotencyContractTest extends IdempotencyContract {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.postgres());
    }

    @Override
    protected AccountKit anotherServer(AccountStorage storage, Clock clock) {
        return Fixtures.builder(JdbcAccountStorage.withoutMigrating(TestDatabases.anotherPostgresPool()), clock)
                .build();
    }
}
