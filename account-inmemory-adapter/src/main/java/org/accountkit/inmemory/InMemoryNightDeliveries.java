package org.accountkit.inmemory;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.NightDeliveries;
import org.accountkit.spi.NightDeliverySnapshot;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Night deliveries in memory, one per customer number. */
@SecondaryAdapter
final class InMemoryNightDeliveries implements NightDeliveries {

    private final VersionedTable<CustomerNumber, NightDeliverySnapshot> nightDeliveries;

    InMemoryNightDeliveries(InMemoryTransactions transactions) {
        this.nightDeliveries = new VersionedTable<>(transactions, "night delivery",
                NightDeliverySnapshot::customerNumber, NightDeliverySnapshot::version, NightDeliverySnapshot::atVersion);
    }

    @Override
    public Optional<NightDeliverySnapshot> find(CustomerNumber customerNumber) {
        return nightDeliveries.find(customerNumber, customerNumber);
    }

    @Override
    public void add(NightDeliverySnapshot nightDelivery) {
        nightDeliveries.insert(nightDelivery.customerNumber(), nightDelivery,
                () -> new ConcurrentModification("night delivery", nightDelivery.customerNumber()));
    }

    @Override
    public void update(NightDeliverySnapshot nightDelivery) {
        nightDeliveries.update(nightDelivery.customerNumber(), nightDelivery);
    }
}
