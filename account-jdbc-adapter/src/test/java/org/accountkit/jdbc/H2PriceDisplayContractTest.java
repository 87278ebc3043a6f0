package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.PriceDisplayContract;

class H2PriceDisplayContractTest extends PriceDisplayContract {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.h2());
    }
}
