package org.accountkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.Decision;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.Verdict;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.OrderRequestSnapshot;
import org.junit.jupiter.api.Test;

class OrderArchiveTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00.123456789Z");
    private static final CustomerNumber JANSEN = new CustomerNumber("100234");
    private final OrderArchive archive = new OrderArchive();
    private final UserId jan = UserId.random();
    private final UserId kees = UserId.random();
    private final UserId petra = UserId.random();

    @Test
    void a_closed_order_reads_back_as_it_was_stored() {
        OrderRequestSnapshot placed = placed(List.of(
                new OrderLine("SCHROEF-4X40", "Spaanplaatschroef 4x40, doos 200", 3, Money.euro("12.50"),
                        new BigDecimal("21")),
                new OrderLine("KABEL-€", "Kabel ∅ 2,5 mm²", 1, Money.euro("99999999999999999.99"),
                        new BigDecimal("9.0"))), "Project Zuidas – fase 2");
        OrderRequestSnapshot approved = closed(2, OrderStatus.APPROVED, List.of(
                new Decision(1, kees, petra, Verdict.APPROVED, null, MONDAY.plusSeconds(60)),
                new Decision(2, UserId.random(), null, Verdict.APPROVED, null, MONDAY.plusSeconds(120))));
        OrderRequestSnapshot rejected = closed(1, OrderStatus.REJECTED, List.of(new Decision(1, kees, null,
                Verdict.REJECTED, "Gebruik de persmachine van het magazijn", MONDAY.plusSeconds(30))));

        for (OrderRequestSnapshot order : List.of(placed, approved, rejected)) {
            assertThat(archive.read(archive.append(order))).isEqualTo(order);
        }
    }

    @Test
    void the_header_answers_the_overviews_without_reading_the_whole_record() {
        OrderRequestSnapshot rejected = closed(1, OrderStatus.REJECTED, List.of(new Decision(1, kees, null,
                Verdict.REJECTED, "Te duur", MONDAY)));

        long address = archive.append(rejected);

        assertThat(archive.customerAt(address)).isEqualTo(archive.numberOf(JANSEN));
        assertThat(archive.requesterAt(address)).isEqualTo(archive.numberOf(jan));
        assertThat(archive.statusAt(address)).isEqualTo(OrderStatus.REJECTED);
        assertThat(archive.submittedAt(address)).isEqualTo(MONDAY);
        assertThat(archive.numberOf(new CustomerNumber("999"))).isEqualTo(-1);
    }

    @Test
    void truncating_forgets_the_latest_records_and_the_next_append_takes_their_place() {
        long kept = archive.append(placed("1.00"));
        long undone = archive.append(placed("2.00"));

        archive.truncate(undone);
        long next = archive.append(placed("3.00"));

        assertThat(next).isEqualTo(undone);
        assertThat(archive.read(kept).netTotal()).isEqualTo(Money.euro("1.00"));
        assertThat(archive.read(next).netTotal()).isEqualTo(Money.euro("3.00"));
    }

    @Test
    void records_fill_chunk_after_chunk() {
        long first = archive.append(placed("1.00"));
        long last = first;
        for (int index = 0; index < 20_000; index++) {
            last = archive.append(placed(index + ".00"));
        }

        assertThat(last >>> 32).isGreaterThan(first >>> 32);
        assertThat(archive.read(last).netTotal()).isEqualTo(Money.euro("19999.00"));
        assertThat(archive.read(first).netTotal()).isEqualTo(Money.euro("1.00"));
    }

    private OrderRequestSnapshot placed(String price) {
        return placed(List.of(new OrderLine("A", "a", 1, new Money(new BigDecimal(price),
                Currency.getInstance("EUR")), new BigDecimal("21"))), "");
    }

    private OrderRequestSnapshot placed(List<OrderLine> lines, String reference) {
        Money total = OrderRequestSnapshot.totalOf(lines);
        return new OrderRequestSnapshot(id(), JANSEN, jan, reference, lines, total, MONDAY, OrderStatus.PLACED,
                Set.of(), 0, List.of(), Money.zero(total.currency()), MONDAY, MONDAY, null, null, null,
                DeadlineStage.NOTIFIED, 5);
    }

    private OrderRequestSnapshot closed(int approvals, OrderStatus status, List<Decision> decisions) {
        List<OrderLine> lines = List.of(new OrderLine("PERS-V15", "Persmachine", 1, Money.euro("1450.00"),
                new BigDecimal("21")));
        Instant closedAt = decisions.get(decisions.size() - 1).at();
        return new OrderRequestSnapshot(id(), JANSEN, jan, "", lines, Money.euro("1450.00"), MONDAY, status,
                Set.of(ApprovalReason.OVER_BUDGET, ApprovalReason.ORDER_TOTAL_THRESHOLD), approvals, decisions,
                Money.euro("1450.00"), status == OrderStatus.APPROVED ? closedAt : null, closedAt,
                MONDAY.plusSeconds(3600), MONDAY.plusSeconds(7200), MONDAY.plusSeconds(86400),
                DeadlineStage.REMINDED, 3);
    }

    private static OrderRequestId id() {
        return new OrderRequestId(UUID.randomUUID());
    }
}
