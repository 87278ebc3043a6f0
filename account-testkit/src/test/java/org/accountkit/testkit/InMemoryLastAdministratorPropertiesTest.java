package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryLastAdministratorPropertiesTest extends LastAdministratorProperties {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
