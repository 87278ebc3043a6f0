package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryIdempotencyContractTest extends IdempotencyContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
