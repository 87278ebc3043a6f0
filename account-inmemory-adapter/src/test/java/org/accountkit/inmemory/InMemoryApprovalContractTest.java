package org.accountkit.inmemory;

import org.accountkit.AccountStorage;
import org.accountkit.testkit.ApprovalContract;

class InMemoryApprovalContractTest extends ApprovalContract {

    @Override
    protected AccountStorage newStorage() {
        return new InMemoryAccountStorage();
    }
}
