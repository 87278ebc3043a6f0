package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.EffectOutboxContract;

/** The effect outbox on PostgreSQL; the dispatchers race from two servers, each with its own connection pool. */
class PostgresEffectOutboxContractTest extends EffectOutboxContract {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.postgres());
    }

    @Override
    protected AccountStorage anotherServer(AccountStorage storage) {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.anotherPostgresPool());
    }
}
