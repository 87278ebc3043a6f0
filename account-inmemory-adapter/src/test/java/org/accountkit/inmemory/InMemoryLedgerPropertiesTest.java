package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.LedgerProperties;

class InMemoryLedgerPropertiesTest extends LedgerProperties {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
