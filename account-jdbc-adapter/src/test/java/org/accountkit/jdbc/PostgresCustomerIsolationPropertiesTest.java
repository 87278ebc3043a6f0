package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.CustomerIsolationProperties;

class PostgresCustomerIsolationPropertiesTest extends CustomerIsolationProperties {

    @Override
    protected AccountStorage newStorage() {
        return JdbcAccountStorage.withoutMigrating(TestDatabases.postgres());
    }
}
