package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.spi.AccountStorage;


class InMemoryLedgerPropertiesTest extends LedgerProperties {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
