package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.LedgerProperties;

class PostgresLedgerPropertiesTest extends LedgerProperties {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.postgres());
    }
}
