package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.ConcurrentModification;
import org.accountkit.address.AddressId;
import org.accountkit.service.ServiceRequest;
import org.accountkit.service.ServiceRequestKind;
import org.accountkit.service.ServiceRequestStatus;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.NightDeliveries;
import org.accountkit.spi.NightDeliverySnapshot;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Night deliveries in {@code ak_night_delivery} (one row per customer number, with its version) and their requests
 * in {@code ak_service_request}. A change bumps the version first, which locks the row, then writes the requests.
 */
@SecondaryAdapter
final class JdbcNightDeliveries implements NightDeliveries {

    private final JdbcTransactions transactions;

    JdbcNightDeliveries(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<NightDeliverySnapshot> find(CustomerNumber customerNumber) {
        return transactions.withConnection("finding night delivery", connection -> {
            Optional<NightDeliverySnapshot> root = Sql.queryOne(connection, "SELECT address_id, access_instructions, "
                    + "active_since, version FROM ak_night_delivery WHERE customer_number = ?", row -> {
                        UUID address = row.getObject("address_id", UUID.class);
                        return new NightDeliverySnapshot(customerNumber,
                                address == null ? null : new AddressId(address), row.getString("access_instructions"),
                                Rows.instant(row, "active_since"), List.of(), row.getLong("version"));
                    }, customerNumber.value());
            if (root.isEmpty()) {
                return root;
            }
            List<ServiceRequest> requests = Sql.query(connection, "SELECT id, kind, quantity, status, requested_at, "
                    + "closed_at FROM ak_service_request WHERE customer_number = ? ORDER BY position",
                    row -> new ServiceRequest(row.getObject("id", UUID.class),
                            ServiceRequestKind.valueOf(row.getString("kind")), row.getInt("quantity"),
                            ServiceRequestStatus.valueOf(row.getString("status")), Rows.instant(row, "requested_at"),
                            Rows.instant(row, "closed_at")), customerNumber.value());
            NightDeliverySnapshot stored = root.get();
            return Optional.of(new NightDeliverySnapshot(customerNumber, stored.address(),
                    stored.accessInstructions(), stored.activeSince(), requests, stored.version()));
        });
    }

    @Override
    public void add(NightDeliverySnapshot nightDelivery) {
        transactions.inTransaction(() -> transactions.withConnection("adding night delivery", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_night_delivery (customer_number, address_id, "
                        + "access_instructions, active_since, version) VALUES (?, ?, ?, ?, 0)",
                        nightDelivery.customerNumber().value(), addressOf(nightDelivery),
                        nightDelivery.accessInstructions(), Rows.at(nightDelivery.activeSince()));
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "night delivery", nightDelivery.customerNumber());
            }
            insertRequests(connection, nightDelivery);
            return null;
        }));
    }

    @Override
    public void update(NightDeliverySnapshot nightDelivery) {
        transactions.inTransaction(() -> transactions.withConnection("changing night delivery", connection -> {
            int updated;
            try {
                updated = Sql.update(connection, "UPDATE ak_night_delivery SET address_id = ?, "
                        + "access_instructions = ?, active_since = ?, version = version + 1 "
                        + "WHERE customer_number = ? AND version = ?",
                        addressOf(nightDelivery), nightDelivery.accessInstructions(),
                        Rows.at(nightDelivery.activeSince()), nightDelivery.customerNumber().value(),
                        nightDelivery.version());
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "night delivery", nightDelivery.customerNumber());
            }
            if (updated != 1) {
                throw new ConcurrentModification("night delivery", nightDelivery.customerNumber());
            }
            Sql.update(connection, "DELETE FROM ak_service_request WHERE customer_number = ?",
                    nightDelivery.customerNumber().value());
            insertRequests(connection, nightDelivery);
            return null;
        }));
    }

    private static UUID addressOf(NightDeliverySnapshot nightDelivery) {
        return nightDelivery.address() == null ? null : nightDelivery.address().value();
    }

    private static void insertRequests(Connection connection, NightDeliverySnapshot nightDelivery)
            throws SQLException {
        List<ServiceRequest> requests = nightDelivery.requests();
        for (int position = 0; position < requests.size(); position++) {
            ServiceRequest request = requests.get(position);
            Sql.update(connection, "INSERT INTO ak_service_request (customer_number, id, position, kind, quantity, "
                    + "status, requested_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    nightDelivery.customerNumber().value(), request.id(), position, request.kind().name(),
                    request.quantity(), request.status().name(), Rows.at(request.requestedAt()),
                    Rows.at(request.closedAt()));
        }
    }
}
