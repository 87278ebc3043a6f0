package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.service.Resolution;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.ServiceCaseSnapshot;
import org.accountkit.spi.ServiceCases;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Service cases in {@code ak_service_case}. Its primary key (customer number, case number) keeps a number from being
 * given out twice; a version column refuses a move based on a stale read.
 */
@SecondaryAdapter
final class JdbcServiceCases implements ServiceCases {

    private static final String OVERVIEW = "service-cases";
    private static final String COLUMNS = "case_number, kind, status, requester_id, subject, description, "
            + "registered_at, resolution, note, changed_at, version";

    private final JdbcTransactions transactions;

    JdbcServiceCases(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ServiceCaseSnapshot> find(CustomerNumber customerNumber, String caseNumber) {
        return transactions.withConnection("finding a service case", connection -> Sql.queryOne(connection,
                "SELECT " + COLUMNS + " FROM ak_service_case WHERE customer_number = ? AND case_number = ?",
                row -> new ServiceCaseSnapshot(customerNumber, serviceCase(row), row.getLong("version")),
                customerNumber.value(), caseNumber));
    }

    @Override
    public long numbered(CustomerNumber customerNumber, String prefix) {
        return transactions.withConnection("counting service cases", connection -> Sql.count(connection,
                "SELECT COUNT(*) FROM ak_service_case WHERE customer_number = ? AND case_number LIKE ?",
                customerNumber.value(), prefix + "%"));
    }

    @Override
    public void add(ServiceCaseSnapshot stored) {
        ServiceCase serviceCase = stored.serviceCase();
        transactions.withConnection("adding a service case", connection -> {
            try {
                return Sql.update(connection, "INSERT INTO ak_service_case (customer_number, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", stored.customerNumber().value(),
                        serviceCase.caseNumber(), serviceCase.kind().name(), serviceCase.status().name(),
                        serviceCase.requester().value(), serviceCase.subject(), serviceCase.description(),
                        Rows.at(serviceCase.registeredAt()), serviceCase.resolution().map(Enum::name).orElse(null),
                        serviceCase.note(), Rows.at(serviceCase.changedAt()));
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "service case", serviceCase.caseNumber());
            }
        });
    }

    @Override
    public void update(ServiceCaseSnapshot stored) {
        ServiceCase serviceCase = stored.serviceCase();
        int updated = transactions.withConnection("moving a service case", connection -> {
            try {
                return Sql.update(connection, "UPDATE ak_service_case SET status = ?, resolution = ?, note = ?, "
                        + "changed_at = ?, version = version + 1 WHERE customer_number = ? AND case_number = ? "
                        + "AND version = ?", serviceCase.status().name(),
                        serviceCase.resolution().map(Enum::name).orElse(null), serviceCase.note(),
                        Rows.at(serviceCase.changedAt()), stored.customerNumber().value(), serviceCase.caseNumber(),
                        stored.version());
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "service case", serviceCase.caseNumber());
            }
        });
        if (updated != 1) {
            throw new ConcurrentModification("service case", serviceCase.caseNumber());
        }
    }

    @Override
    public Page<ServiceCase> list(CustomerNumber customerNumber, UserId requester, Set<ServiceCaseKind> kinds,
            Set<ServiceCaseStatus> statuses, PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, OVERVIEW);
        List<Object> parameters = new ArrayList<>(List.of(customerNumber.value()));
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM ak_service_case WHERE customer_number = ?");
        if (requester != null) {
            sql.append(" AND requester_id = ?");
            parameters.add(requester.value());
        }
        in(sql, parameters, "kind", kinds.stream().map(Enum::name).sorted().toList());
        in(sql, parameters, "status", statuses.stream().map(Enum::name).sorted().toList());
        if (after != null) {
            sql.append(" AND (registered_at, case_number) < (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.text());
        }
        sql.append(" ORDER BY registered_at DESC, case_number DESC LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing service cases", connection -> Page.of(
                Sql.query(connection, sql.toString(), JdbcServiceCases::serviceCase, parameters.toArray()), page,
                last -> PageToken.writer(OVERVIEW).moment(last.registeredAt()).text(last.caseNumber()).token()));
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (")
                    .append(values.stream().map(value -> "?").collect(Collectors.joining(", "))).append(")");
            parameters.addAll(values);
        }
    }

    private static ServiceCase serviceCase(ResultSet row) throws SQLException {
        String resolution = row.getString("resolution");
        return new ServiceCase(row.getString("case_number"), ServiceCaseKind.valueOf(row.getString("kind")),
                ServiceCaseStatus.valueOf(row.getString("status")),
                new UserId(row.getObject("requester_id", UUID.class)), row.getString("subject"),
                row.getString("description"), Rows.instant(row, "registered_at"),
                Optional.ofNullable(resolution).map(Resolution::valueOf), row.getString("note"),
                Rows.instant(row, "changed_at"));
    }
}
