package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryEffectOutboxContractTest extends EffectOutboxContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
