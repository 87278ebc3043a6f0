package org.accountkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.approval.ApprovalPolicy;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.Approver;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
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
        OrderRequest placed = OrderRequest.placeDirectly(id(), JANSEN, jan, "Project Zuidas – fase 2", List.of(
                new OrderLine("SCHROEF-4X40", "Spaanplaatschroef 4x40, doos 200", 3, Money.euro("12.50"),
                        new BigDecimal("21")),
                new OrderLine("KABEL-€", "Kabel ∅ 2,5 mm²", 1, Money.euro("99999999999999999999.99"),
                        new BigDecimal("9.0"))), MONDAY);
        OrderRequest approved = waiting(2);
        approved.approve(new Approver(kees, petra), MONDAY.plusSeconds(60));
        approved.approve(Approver.own(UserId.random()), MONDAY.plusSeconds(120));
        OrderRequest rejected = waiting(1);
        rejected.reject(Approver.own(kees), "Gebruik de persmachine van het magazijn", MONDAY.plusSeconds(30));

        for (OrderRequest order : List.of(placed, approved, rejected)) {
            OrderRequest read = archive.read(archive.append(order.copyAtVersion(5)));
            assertThat(read).usingRecursiveComparison().isEqualTo(order.copyAtVersion(5));
        }
    }

    @Test
    void the_header_answers_the_overviews_without_reading_the_whole_record() {
        OrderRequest rejected = waiting(1);
        rejected.reject(Approver.own(kees), "Te duur", MONDAY);

        long address = archive.append(rejected);

        assertThat(archive.customerAt(address)).isEqualTo(archive.numberOf(JANSEN));
        assertThat(archive.requesterAt(address)).isEqualTo(archive.numberOf(jan));
        assertThat(archive.statusAt(address)).isEqualTo(OrderStatus.REJECTED);
        assertThat(archive.submittedAt(address)).isEqualTo(MONDAY);
        assertThat(archive.numberOf(new CustomerNumber("999"))).isEqualTo(-1);
    }

    @Test
    void truncating_forgets_the_latest_records_and_the_next_append_takes_their_place() {
        OrderRequest first = placed("1.00");
        long kept = archive.append(first);
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

    private OrderRequest placed(String price) {
        return OrderRequest.placeDirectly(id(), JANSEN, jan, "", List.of(new OrderLine("A", "a", 1,
                new Money(new BigDecimal(price), Currency.getInstance("EUR")), new BigDecimal("21"))), MONDAY);
    }

    private OrderRequest waiting(int approvals) {
        return OrderRequest.awaitApproval(id(), JANSEN, jan, "",
                List.of(new OrderLine("PERS-V15", "Persmachine", 1, Money.euro("1450.00"), new BigDecimal("21"))),
                Set.of(ApprovalReason.OVER_BUDGET, ApprovalReason.ORDER_TOTAL_THRESHOLD), approvals,
                new BigDecimal("1450.00"), ApprovalPolicy.defaults(JANSEN), MONDAY);
    }

    private static OrderRequestId id() {
        return new OrderRequestId(UUID.randomUUID());
    }
}
