package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.LastAdministratorProperties;

class InMemoryLastAdministratorPropertiesTest extends LastAdministratorProperties {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
