package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ReturnedGoods;
import org.accountkit.service.ReturnedLine;
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
 * Service cases in {@code ak_service_case}, a return's lines in {@code ak_service_case_line}. Its primary key
 * (customer number, case number) keeps a number from being given out twice; a version column refuses a move based on
 * a stale read. A case is read with one statement, and the lines of the returns among them with a second one.
 */
@SecondaryAdapter
final class JdbcServiceCases implements ServiceCases {

    private static final String OVERVIEW = "service-cases";
    private static final String COLUMNS = "case_number, kind, status, requester_id, subject, description, "
            + "registered_at, resolution, note, changed_at, erp_order_number, return_reason, version";

    private final JdbcTransactions transactions;

    JdbcServiceCases(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** A case as its row holds it: without a return's lines. */
    private record Stored(String caseNumber, ServiceCaseKind kind, ServiceCaseStatus status, UserId requester,
            String subject, String description, Instant registeredAt, Optional<Resolution> resolution, String note,
            Instant changedAt, String erpOrderNumber, ReturnReason reason, long version) {

        ServiceCase with(Map<String, List<ReturnedLine>> lines) {
            Optional<ReturnedGoods> returned = kind == ServiceCaseKind.RETURN
                    ? Optional.of(new ReturnedGoods(erpOrderNumber, reason, lines.getOrDefault(caseNumber, List.of())))
                    : Optional.empty();
            return new ServiceCase(caseNumber, kind, status, requester, subject, description, registeredAt,
                    resolution, note, changedAt, returned);
        }
    }

    @Override
    public Optional<ServiceCaseSnapshot> find(CustomerNumber customerNumber, String caseNumber) {
        return transactions.withConnection("finding a service case", connection -> {
            Optional<Stored> stored = Sql.queryOne(connection, "SELECT " + COLUMNS
                    + " FROM ak_service_case WHERE customer_number = ? AND case_number = ?", JdbcServiceCases::stored,
                    customerNumber.value(), caseNumber);
            if (stored.isEmpty()) {
                return Optional.<ServiceCaseSnapshot>empty();
            }
            ServiceCase serviceCase = withLines(connection, customerNumber, List.of(stored.get())).get(0);
            return Optional.of(new ServiceCaseSnapshot(customerNumber, serviceCase, stored.get().version()));
        });
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
        String owner = stored.customerNumber().value();
        transactions.inTransaction(() -> transactions.withConnection("adding a service case", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_service_case (customer_number, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", owner,
                        serviceCase.caseNumber(), serviceCase.kind().name(), serviceCase.status().name(),
                        serviceCase.requester().value(), serviceCase.subject(), serviceCase.description(),
                        Rows.at(serviceCase.registeredAt()), serviceCase.resolution().map(Enum::name).orElse(null),
                        serviceCase.note(), Rows.at(serviceCase.changedAt()),
                        serviceCase.returned().map(ReturnedGoods::erpOrderNumber).orElse(null),
                        serviceCase.returned().map(goods -> goods.reason().name()).orElse(null));
                for (ReturnedLine line : serviceCase.returned().map(ReturnedGoods::lines).orElse(List.of())) {
                    Sql.update(connection, "INSERT INTO ak_service_case_line (customer_number, case_number, "
                            + "line_number, article_number, quantity, unit_net_price, currency) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", owner, serviceCase.caseNumber(), line.lineNumber(),
                            line.articleNumber(), line.quantity(), line.unitNetPrice().amount(),
                            line.unitNetPrice().currency().getCurrencyCode());
                }
                return null;
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "service case", serviceCase.caseNumber());
            }
        }));
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
    public List<ServiceCase> returnsOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.withConnection("reading an order's returns", connection -> withLines(connection,
                customerNumber, Sql.query(connection, "SELECT " + COLUMNS + " FROM ak_service_case "
                        + "WHERE customer_number = ? AND erp_order_number = ? AND kind = ?", JdbcServiceCases::stored,
                        customerNumber.value(), erpOrderNumber, ServiceCaseKind.RETURN.name())));
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
        return transactions.withConnection("listing service cases", connection -> Page.of(withLines(connection,
                customerNumber, Sql.query(connection, sql.toString(), JdbcServiceCases::stored,
                        parameters.toArray())), page,
                last -> PageToken.writer(OVERVIEW).moment(last.registeredAt()).text(last.caseNumber()).token()));
    }

    /** The cases, with the lines of the returns among them read in one statement. */
    private static List<ServiceCase> withLines(Connection connection, CustomerNumber customerNumber,
            List<Stored> stored) throws SQLException {
        List<String> returns = stored.stream().filter(one -> one.kind() == ServiceCaseKind.RETURN)
                .map(Stored::caseNumber).toList();
        Map<String, List<ReturnedLine>> lines = new HashMap<>();
        if (!returns.isEmpty()) {
            List<Object> parameters = new ArrayList<>(List.of(customerNumber.value()));
            parameters.addAll(returns);
            for (Map.Entry<String, ReturnedLine> line : Sql.query(connection, "SELECT case_number, line_number, "
                    + "article_number, quantity, unit_net_price, currency FROM ak_service_case_line "
                    + "WHERE customer_number = ? AND case_number IN ("
                    + returns.stream().map(number -> "?").collect(Collectors.joining(", "))
                    + ") ORDER BY case_number, line_number", row -> Map.entry(row.getString("case_number"),
                            new ReturnedLine(row.getInt("line_number"), row.getString("article_number"),
                                    row.getInt("quantity"), Rows.money(row, "unit_net_price", "currency"))),
                    parameters.toArray())) {
                lines.computeIfAbsent(line.getKey(), number -> new ArrayList<>()).add(line.getValue());
            }
        }
        return stored.stream().map(one -> one.with(lines)).toList();
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (")
                    .append(values.stream().map(value -> "?").collect(Collectors.joining(", "))).append(")");
            parameters.addAll(values);
        }
    }

    private static Stored stored(ResultSet row) throws SQLException {
        String resolution = row.getString("resolution");
        String reason = row.getString("return_reason");
        return new Stored(row.getString("case_number"), ServiceCaseKind.valueOf(row.getString("kind")),
                ServiceCaseStatus.valueOf(row.getString("status")),
                new UserId(row.getObject("requester_id", UUID.class)), row.getString("subject"),
                row.getString("description"), Rows.instant(row, "registered_at"),
                Optional.ofNullable(resolution).map(Resolution::valueOf), row.getString("note"),
                Rows.instant(row, "changed_at"), row.getString("erp_order_number"),
                reason == null ? null : ReturnReason.valueOf(reason), row.getLong("version"));
    }
}
