package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryPriceDisplayContractTest extends PriceDisplayContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
