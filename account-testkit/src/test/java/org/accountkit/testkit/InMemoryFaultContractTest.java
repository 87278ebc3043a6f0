package org.accountkit.testkit;

import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.inmemory.StorageFaults;
import org.accountkit.spi.AccountStorage;

class InMemoryFaultContractTest extends FaultContract {

    @Override
    protected AccountStorage newStorage(FaultPlan faults) {
        return InMemoryAccountStorage.withFaults(new StorageFaults() {
            @Override
            public void beforeCall(String call) {
                if (faults.failStatement()) {
                    throw new IllegalStateException("injected: " + call + " failed");
                }
            }

            @Override
            public void afterCall(String call) {
                if (faults.loseStatementAnswer()) {
                    throw new IllegalStateException("injected: the answer to " + call + " was lost");
                }
            }

            @Override
            public void beforeCommit() {
                if (faults.failCommit()) {
                    throw new IllegalStateException("injected: the commit failed");
                }
            }

            @Override
            public void afterCommit() {
                if (faults.loseCommitAnswer()) {
                    throw new IllegalStateException("injected: the answer to the commit was lost");
                }
            }
        });
    }
}
