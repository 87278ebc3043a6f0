package org.accountkit.jdbc;

import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.FaultContract;
import org.accountkit.testkit.FaultPlan;

class H2FaultContractTest extends FaultContract {

    @Override
    protected AccountStorage newStorage(FaultPlan faults) {
        return JdbcAccountStorage.withoutMigrating(FaultyConnections.planned(TestDatabases.h2OfItsOwn("faults"),
                faults));
    }
}
