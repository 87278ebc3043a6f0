package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.CustomerIsolationProperties;

class InMemoryCustomerIsolationPropertiesTest extends CustomerIsolationProperties {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
