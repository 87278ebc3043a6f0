package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryCustomerIsolationPropertiesTest extends CustomerIsolationProperties {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
