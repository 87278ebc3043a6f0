package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.EffectOutboxContract;

class H2EffectOutboxContractTest extends EffectOutboxContract {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.h2());
    }
}
