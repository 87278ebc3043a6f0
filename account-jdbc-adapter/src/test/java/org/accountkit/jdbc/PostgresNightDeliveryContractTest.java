package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.NightDeliveryContract;

class PostgresNightDeliveryContractTest extends NightDeliveryContract {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.postgres());
    }
}
