package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryNightDeliveryContractTest extends NightDeliveryContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
