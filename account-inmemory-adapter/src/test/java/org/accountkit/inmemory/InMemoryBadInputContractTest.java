package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.BadInputContract;

class InMemoryBadInputContractTest extends BadInputContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
