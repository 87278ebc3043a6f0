package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.UseCaseContract;

class InMemoryUseCaseContractTest extends UseCaseContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
