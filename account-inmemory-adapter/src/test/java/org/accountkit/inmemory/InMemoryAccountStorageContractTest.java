package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.AccountStorageContract;

class InMemoryAccountStorageContractTest extends AccountStorageContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
