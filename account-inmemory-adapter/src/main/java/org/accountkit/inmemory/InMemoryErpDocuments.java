package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.orders.ErpDocument;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.ErpDocuments;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The ERP documents received, in memory. */
@SecondaryAdapter
final class InMemoryErpDocuments implements ErpDocuments {

    private final InMemoryTransactions transactions;
    private final Map<Key, String> fingerprints = new HashMap<>();

    InMemoryErpDocuments(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private record Key(CustomerNumber customerNumber, ErpDocument.Kind kind, String number) {
    }

    @Override
    public Optional<String> fingerprint(CustomerNumber customerNumber, ErpDocument.Kind kind, String number) {
        return transactions.read(() -> Optional.ofNullable(fingerprints.get(new Key(customerNumber, kind, number))));
    }

    @Override
    public void record(CustomerNumber customerNumber, ErpDocument.Kind kind, String number, String fingerprint) {
        Key key = new Key(customerNumber, kind, number);
        transactions.write(() -> {
            if (fingerprints.putIfAbsent(key, fingerprint) != null) {
                throw new ConcurrentModification("ERP document", number);
            }
        }, () -> fingerprints.remove(key));
    }
}
