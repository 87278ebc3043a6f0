package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.IdempotencyContract;

class H2IdempotencyContractTest extends IdempotencyContract {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.h2());
    }
}
