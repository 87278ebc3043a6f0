package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.FaultContract;
import org.accountkit.testkit.FaultPlan;

class PostgresFaultContractTest extends FaultContract {

    @Override
    protected AccountStorage newStorage(FaultPlan faults) {
        return JdbcAccountStorage.withoutMigrating(FaultyConnections.planned(TestDatabases.postgresOfItsOwn("faults"),
                faults));
    }
}
