package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.DeliveryProblemKind;
import org.accountkit.service.OutsideWarranty;
import org.accountkit.service.RegisterDeliveryProblemCommand;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.RegisterWarrantyClaimCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseQuery;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.service.TransitionNotAllowed;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service cases through {@link AccountKit} on an adapter's storage: one model and one state machine. The cast:
 * Petra administers installer Jansen; Jan and Lotte may register returns and service; Anja and Bram are customer
 * service.
 */
public abstract class ServiceCaseContract {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");

    protected AccountKit kit;
    protected MutableClock clock;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected Actor lotte;
    protected final Actor anja = Actor.customerService("Anja");
    protected final Actor bram = Actor.customerService("Bram");

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void givenInstallerJansen() {
        clock = new MutableClock(MONDAY);
        kit = Fixtures.builder(newStorage(), clock).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        jan = addUser("Jan de Monteur");
        lotte = addUser("Lotte");
    }

    @Test
    void cases_get_numbers_of_their_kind_and_year_and_list_newest_first() {
        String first = kit.registerRepair().register(jan, repair("BOOR-18V", "SN-1234"));
        String second = kit.registerRepair().register(lotte, repair("PERS-V15", ""));

        assertThat(first).isEqualTo("RP-2026-000001");
        assertThat(second).isEqualTo("RP-2026-000002");
        assertThat(Pages.all(1, page -> kit.listServiceCases().list(petra, new ServiceCaseQuery(Set.of(), Set.of(),
                page)))).extracting(ServiceCase::caseNumber).containsExactly(second, first);
        assertThat(kit.listServiceCases().list(jan, ServiceCaseQuery.firstPage(10)).items())
                .extracting(ServiceCase::caseNumber).containsExactly(first);
        ServiceCase seen = kit.viewServiceCase().view(jan, first);
        assertThat(seen.kind()).isEqualTo(ServiceCaseKind.REPAIR);
        assertThat(seen.status()).isEqualTo(ServiceCaseStatus.REGISTERED);
        assertThat(seen.subject()).isEqualTo("BOOR-18V (serial SN-1234)");
        assertThat(seen.description()).isEqualTo("Accu laadt niet meer op.\nLampje knippert rood.");
        assertThatThrownBy(() -> kit.viewServiceCase().view(lotte, first)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_case_moves_only_as_the_state_machine_allows() {
        String repair = kit.registerRepair().register(jan, repair("BOOR-18V", ""));

        assertThat(catchThrowableOfType(() -> decide(anja, repair, ServiceCaseStatus.RESOLVED, Resolution.REPAIRED,
                ""), TransitionNotAllowed.class)).isNotNull();
        decide(anja, repair, ServiceCaseStatus.RECEIVED, null, "Ontvangen in de werkplaats");
        assertThatThrownBy(() -> kit.withdrawServiceCase().withdraw(jan, repair))
                .isInstanceOf(TransitionNotAllowed.class);
        InvalidCommand noResolution = catchThrowableOfType(() -> decide(anja, repair, ServiceCaseStatus.RESOLVED,
                null, ""), InvalidCommand.class);
        assertThat(noResolution.violations()).extracting(Violation::field).containsExactly("resolution");
        InvalidCommand noReason = catchThrowableOfType(() -> decide(anja, repair, ServiceCaseStatus.REFUSED, null,
                " "), InvalidCommand.class);
        assertThat(noReason.violations()).extracting(Violation::field).containsExactly("note");
        decide(anja, repair, ServiceCaseStatus.RESOLVED, Resolution.REPAIRED, "Accu vervangen");

        ServiceCase resolved = kit.viewServiceCase().view(jan, repair);
        assertThat(resolved.status()).isEqualTo(ServiceCaseStatus.RESOLVED);
        assertThat(resolved.resolution()).contains(Resolution.REPAIRED);
        assertThat(resolved.note()).isEqualTo("Accu vervangen");
        assertThatThrownBy(() -> decide(bram, repair, ServiceCaseStatus.REFUSED, null, "Toch niet"))
                .isInstanceOf(TransitionNotAllowed.class);
        assertThat(kit.listServiceCases().list(petra, new ServiceCaseQuery(Set.of(ServiceCaseKind.REPAIR),
                Set.of(ServiceCaseStatus.RESOLVED), PageRequest.first(5))).items()).hasSize(1);
        assertThat(kit.listServiceCases().list(petra, new ServiceCaseQuery(Set.of(ServiceCaseKind.RETURN),
                Set.of(), PageRequest.first(5))).items()).isEmpty();
    }

    @Test
    void only_its_requester_withdraws_a_registered_case_and_only_customer_service_decides() {
        String repair = kit.registerRepair().register(jan, repair("BOOR-18V", ""));
        assertThatThrownBy(() -> kit.withdrawServiceCase().withdraw(lotte, repair)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> decide(petra, repair, ServiceCaseStatus.RECEIVED, null, ""))
                .isInstanceOf(NotPermitted.class);
        kit.withdrawServiceCase().withdraw(jan, repair);
        assertThat(kit.viewServiceCase().view(petra, repair).status()).isEqualTo(ServiceCaseStatus.WITHDRAWN);
        assertThatThrownBy(() -> decide(anja, repair, ServiceCaseStatus.RECEIVED, null, ""))
                .isInstanceOf(TransitionNotAllowed.class);
        CustomerNumber other = Fixtures.customerNumber();
        kit.registerCustomerAccount().register(anja, Fixtures.registration(other, Fixtures.email("els")));
        assertThatThrownBy(() -> kit.decideServiceCase().decide(anja, new DecideServiceCaseCommand(other.value(),
                repair, ServiceCaseStatus.RECEIVED, null, ""))).isInstanceOf(NotFound.class);
        Actor kees = addUser("Kees", Right.PLACE_ORDERS);
        assertThatThrownBy(() -> kit.registerRepair().register(kees, repair("BOOR-18V", "")))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> kit.listServiceCases().list(kees, ServiceCaseQuery.firstPage(5)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> kit.viewServiceCase().view(kees, repair)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_delivery_problem_names_an_order_the_user_sees_and_one_of_its_shipments() {
        Actor erp = Actor.customerService("ERP");
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), "TEL-1",
                OrderChannel.PHONE, "", MONDAY, List.of(new ChannelOrderLine("KABEL-3G2.5", "Kabel", 50,
                        Money.euro("1.25"), new BigDecimal("21"), LocalDate.of(2026, 3, 3)))));
        kit.recordShipment().record(erp, new RecordShipmentCommand(jansen.value(), "Z-1", "TEL-1", "PostNL",
                "3SABCD1234", MONDAY, List.of(new LineQuantity(1, 50))));

        String problem = kit.registerDeliveryProblem().register(petra, new RegisterDeliveryProblemCommand("TEL-1",
                "Z-1", DeliveryProblemKind.DAMAGED, "Haspel gebroken"));

        assertThat(problem).isEqualTo("DP-2026-000001");
        assertThat(kit.viewServiceCase().view(petra, problem).subject()).isEqualTo("DAMAGED order TEL-1 shipment Z-1");
        assertThatThrownBy(() -> kit.registerDeliveryProblem().register(jan, new RegisterDeliveryProblemCommand(
                "TEL-1", "", DeliveryProblemKind.LATE, ""))).as("a phone order is not Jan's to see")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.registerDeliveryProblem().register(petra, new RegisterDeliveryProblemCommand(
                "TEL-1", "Z-9", DeliveryProblemKind.LATE, ""))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.registerDeliveryProblem().register(petra, new RegisterDeliveryProblemCommand(
                "TEL-404", "", DeliveryProblemKind.LATE, ""))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_warranty_claim_is_accepted_within_the_articles_warranty_and_refused_after_it_with_the_dates() {
        Actor erp = Actor.customerService("ERP");
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), "TEL-2",
                OrderChannel.COUNTER, "", MONDAY, List.of(new ChannelOrderLine(TestCatalog.DRILL, "Accuboormachine",
                        1, Money.euro("199.00"), new BigDecimal("21"), LocalDate.of(2026, 3, 2)),
                        new ChannelOrderLine(TestCatalog.CABLE, "Kabel", 10, Money.euro("1.25"),
                                new BigDecimal("21"), LocalDate.of(2026, 3, 2)),
                        new ChannelOrderLine(TestCatalog.SCREWS, "Schroeven", 1, Money.euro("12.50"),
                                new BigDecimal("21"), LocalDate.of(2026, 3, 9)))));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand(jansen.value(), "PAK-2", "TEL-2",
                LocalDate.of(2026, 3, 2), List.of(new LineQuantity(1, 1), new LineQuantity(2, 10))));
        RegisterWarrantyClaimCommand drill = new RegisterWarrantyClaimCommand("TEL-2", 1, "SN-77", "Motor stopt.");

        clock.set(Instant.parse("2028-03-01T22:00:00Z"));
        assertThat(kit.registerWarrantyClaim().register(petra, drill)).isEqualTo("WC-2028-000001");
        clock.set(Instant.parse("2028-03-01T23:30:00Z"));
        OutsideWarranty expired = catchThrowableOfType(() -> kit.registerWarrantyClaim().register(petra, drill),
                OutsideWarranty.class);
        assertThat(expired.deliveredOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(expired.warrantyUntil()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(expired.message(java.util.Locale.forLanguageTag("nl"))).contains("2026-03-02", "2028-03-01",
                "reparatie");
        assertThatThrownBy(() -> kit.registerWarrantyClaim().register(petra, new RegisterWarrantyClaimCommand(
                "TEL-2", 2, "", "Kapot."))).as("cable has no warranty").isInstanceOf(OutsideWarranty.class);
        assertThatThrownBy(() -> kit.registerWarrantyClaim().register(petra, new RegisterWarrantyClaimCommand(
                "TEL-2", 3, "", "Nooit gekregen."))).as("not delivered").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.registerWarrantyClaim().register(jan, drill)).as("not Jan's to see")
                .isInstanceOf(NotFound.class);
    }

    @Test
    void two_decisions_at_the_same_moment_take_one_and_two_registrations_get_two_numbers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String repair = kit.registerRepair().register(jan, repair("BOOR-18V", ""));
                decide(anja, repair, ServiceCaseStatus.RECEIVED, null, "");
                CountDownLatch start = new CountDownLatch(1);
                Future<Object> resolve = threads.submit(Race.attempt(start,
                        () -> decide(anja, repair, ServiceCaseStatus.RESOLVED, Resolution.REPLACED, "")));
                Future<Object> refuse = threads.submit(Race.attempt(start,
                        () -> decide(bram, repair, ServiceCaseStatus.REFUSED, null, "Valt niet onder service")));
                start.countDown();
                List<Object> outcomes = List.of(resolve.get(30, TimeUnit.SECONDS), refuse.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).filteredOn(Race.DONE::equals).hasSize(1);
                assertThat(outcomes).filteredOn(TransitionNotAllowed.class::isInstance).hasSize(1);
                assertThat(kit.viewServiceCase().view(jan, repair).status())
                        .isIn(ServiceCaseStatus.RESOLVED, ServiceCaseStatus.REFUSED);
            }
            List<String> numbers = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<String> one = threads.submit(() -> {
                    start.await();
                    return kit.registerRepair().register(jan, repair("BOOR-18V", ""));
                });
                Future<String> other = threads.submit(() -> {
                    start.await();
                    return kit.registerRepair().register(lotte, repair("PERS-V15", ""));
                });
                start.countDown();
                numbers.add(one.get(30, TimeUnit.SECONDS));
                numbers.add(other.get(30, TimeUnit.SECONDS));
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(10);
        } finally {
            threads.shutdownNow();
        }
    }

    private void decide(Actor actor, String caseNumber, ServiceCaseStatus to, Resolution resolution, String note) {
        kit.decideServiceCase().decide(actor, new DecideServiceCaseCommand(jansen.value(), caseNumber, to,
                resolution, note));
    }

    private static RegisterRepairCommand repair(String article, String serial) {
        return new RegisterRepairCommand(article, serial, "Accu laadt niet meer op.\nLampje knippert rood.");
    }

    private Actor addUser(String name) {
        return addUser(name, Right.REGISTER_RETURNS_AND_SERVICE);
    }

    private Actor addUser(String name, Right... rights) {
        return Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("collega").value(),
                name, Role.USER, Set.of(rights), Fixtures.PASSWORD)));
    }
}
