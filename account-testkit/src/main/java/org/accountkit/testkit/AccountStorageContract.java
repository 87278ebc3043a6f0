package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.SavedAddress;
import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.Decision;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.Verdict;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.Ledger;
import org.accountkit.customer.CustomerNumberTaken;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AddressBookSnapshot;
import org.accountkit.spi.ApprovalPolicySnapshot;
import org.accountkit.spi.BudgetSnapshot;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.OrderingContext;
import org.accountkit.spi.SubmissionGuard;
import org.accountkit.spi.SubstitutionSnapshot;
import org.accountkit.spi.WriteOutcome;
import org.accountkit.user.EmailAddressTaken;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountStorage} guarantees, stated on the storage SPI alone: an adapter author runs this to
 * know their adapter keeps AccountKit's promises. An adapter's test extends this class and says how to make a
 * storage; the storage may be shared between tests, since every test uses its own customer numbers and addresses.
 */
public abstract class AccountStorageContract {

    private static final CalendarPeriod MARCH = CalendarPeriod.parse("2026-03");
    private static final CalendarPeriod APRIL = CalendarPeriod.parse("2026-04");

    /** The storage under test. */
    protected AccountStorage storage;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void createStorage() {
        storage = newStorage();
    }

    @AfterEach
    void checkNoTransactionLeftOpen() {
        // A later transaction on this thread must start afresh: it sees committed state only.
        assertThat(storage.transactions().inTransaction(() -> "fresh")).isEqualTo("fresh");
    }

    // --- customer accounts -------------------------------------------------------------------------------------

    @Test
    void a_customer_account_comes_back_as_it_was_stored() {
        CustomerAccountSnapshot account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);

        assertThat(storage.customerAccounts().find(account.number())).contains(account);
    }

    @Test
    void an_unknown_customer_number_is_not_found() {
        assertThat(storage.customerAccounts().find(Fixtures.customerNumber())).isEmpty();
    }

    @Test
    void a_customer_number_is_registered_once() {
        CustomerAccountSnapshot account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);

        assertThatThrownBy(() -> storage.customerAccounts().add(Fixtures.account(account.number())))
                .isInstanceOf(CustomerNumberTaken.class);
    }

    @Test
    void a_customer_account_changed_by_two_at_once_keeps_the_first_change_only() {
        CustomerAccountSnapshot account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);
        CustomerAccountSnapshot loaded = storage.customerAccounts().find(account.number()).orElseThrow();

        storage.customerAccounts().update(withInvoiceAddressee(loaded, "Eerste"));

        assertThatThrownBy(() -> storage.customerAccounts().update(withInvoiceAddressee(loaded, "Tweede")))
                .isInstanceOf(ConcurrentModification.class);
        CustomerAccountSnapshot stored = storage.customerAccounts().find(account.number()).orElseThrow();
        assertThat(stored.invoiceAddress().name()).isEqualTo("Eerste");
        assertThat(stored.version()).isEqualTo(1);
    }

    // --- users -------------------------------------------------------------------------------------------------

    @Test
    void a_user_comes_back_with_every_setting() {
        CustomerNumber number = registeredCustomer();
        AccountUserSnapshot user = Fixtures.user(number, Role.USER, Right.PLACE_ORDERS, Right.SEE_PRICES);
        EmailAddress invoices = Fixtures.email("facturen");
        AccountUserSnapshot customised = new AccountUserSnapshot(user.id(), number, user.email(), "Jan Jansen",
                Role.USER, user.grantedRights(), user.passwordHash(),
                new PriceDisplay(VatDisplay.INCLUDING_VAT, ShownPrices.NET), new EmailSettings(invoices, user.email(),
                        user.email(), new MarketingConsent.OptedIn(Instant.parse("2026-02-01T10:00:00.123456Z")),
                        Language.ENGLISH), 0);
        storage.users().add(customised);

        assertThat(storage.users().find(number, user.id())).contains(customised);
    }

    @Test
    void a_user_is_found_only_within_their_own_customer_number() {
        CustomerNumber number = registeredCustomer();
        CustomerNumber other = registeredCustomer();
        AccountUserSnapshot user = Fixtures.user(number, Role.USER);
        storage.users().add(user);

        assertThat(storage.users().find(other, user.id())).isEmpty();
        assertThat(storage.users().find(number, UserId.random())).isEmpty();
        assertThat(storage.users().findByEmail(Fixtures.email("niemand"))).isEmpty();
        assertThatThrownBy(() -> storage.users().update(atCustomer(user, other)))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(storage.users().find(number, user.id())).contains(user);
    }

    @Test
    void a_user_is_found_by_login_address_in_any_case() {
        AccountUserSnapshot user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);

        EmailAddress shouted = new EmailAddress(user.email().value().toUpperCase(Locale.ROOT));

        assertThat(storage.users().findByEmail(shouted)).contains(user);
    }

    @Test
    void a_login_address_is_unique_over_all_customer_numbers_regardless_of_case() {
        AccountUserSnapshot user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);
        AccountUserSnapshot sameAddressElsewhere = withEmail(Fixtures.user(registeredCustomer(), Role.USER),
                new EmailAddress(user.email().value().toUpperCase(Locale.ROOT)));

        assertThatThrownBy(() -> storage.users().add(sameAddressElsewhere)).isInstanceOf(EmailAddressTaken.class);
        assertThat(storage.users().find(sameAddressElsewhere.customerNumber(), sameAddressElsewhere.id())).isEmpty();
    }

    @Test
    void two_threads_adding_the_same_login_address_at_once_store_exactly_one_user() throws Exception {
        CustomerNumber first = registeredCustomer();
        CustomerNumber second = registeredCustomer();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                EmailAddress contested = Fixtures.email("gedeeld");
                AccountUserSnapshot one = withEmail(Fixtures.user(first, Role.USER), contested);
                AccountUserSnapshot other = withEmail(Fixtures.user(second, Role.USER),
                        new EmailAddress(contested.value().toUpperCase(Locale.ROOT)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (AccountUserSnapshot candidate : List.of(one, other)) {
                    attempts.add(threads.submit(addWhenReleased(start, candidate)));
                }
                start.countDown();
                int stored = 0;
                for (Future<Boolean> attempt : attempts) {
                    stored += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }

                assertThat(stored).as("users stored in round %d", round).isEqualTo(1);
                assertThat(storage.users().findByEmail(contested)).isPresent();
                long found = List.of(one, other).stream()
                        .filter(candidate -> storage.users().find(candidate.customerNumber(), candidate.id())
                                .isPresent()).count();
                assertThat(found).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_user_changed_by_two_at_once_keeps_the_first_change_only() {
        AccountUserSnapshot user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);
        AccountUserSnapshot loaded = storage.users().find(user.customerNumber(), user.id()).orElseThrow();

        storage.users().update(withRights(loaded, EnumSet.of(Right.PLACE_ORDERS)));

        assertThatThrownBy(() -> storage.users().update(withRights(loaded, EnumSet.of(Right.SEE_INVOICES))))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> storage.users().remove(loaded)).isInstanceOf(ConcurrentModification.class);
        AccountUserSnapshot stored = storage.users().find(user.customerNumber(), user.id()).orElseThrow();
        assertThat(stored.grantedRights()).containsExactly(Right.PLACE_ORDERS);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_removed_user_is_gone_with_their_budget_and_frees_the_login_address() {
        AccountUserSnapshot user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);
        storage.budgets().add(budget(user, Money.euro("500.00"), Ledger.empty(Money.euro("0").currency())));

        storage.users().remove(storage.users().find(user.customerNumber(), user.id()).orElseThrow());

        assertThat(storage.users().find(user.customerNumber(), user.id())).isEmpty();
        assertThat(storage.users().findByEmail(user.email())).isEmpty();
        assertThat(storage.budgets().find(user.customerNumber(), user.id())).isEmpty();
        AccountUserSnapshot successor = withEmail(Fixtures.user(user.customerNumber(), Role.USER), user.email());
        storage.users().add(successor);
        assertThat(storage.users().findByEmail(user.email())).map(AccountUserSnapshot::id).contains(successor.id());
    }

    @Test
    void the_user_overview_lists_one_customer_number_by_username_in_pages() {
        CustomerNumber number = registeredCustomer();
        CustomerNumber other = registeredCustomer();
        for (String name : List.of("Sanne", "anna", "Bram", "Piet", "Karel")) {
            storage.users().add(withName(Fixtures.user(number, Role.USER), name));
        }
        storage.users().add(Fixtures.user(other, Role.USER));

        Page<AccountUserSnapshot> first = storage.users().list(number, PageRequest.first(2));
        // a user added before the position of the next page does not push an earlier one onto it again
        storage.users().add(withName(Fixtures.user(number, Role.USER), "Aaron"));
        Page<AccountUserSnapshot> second = storage.users().list(number, first.nextPage().orElseThrow());
        Page<AccountUserSnapshot> last = storage.users().list(number, second.nextPage().orElseThrow());

        assertThat(first.items()).extracting(AccountUserSnapshot::username).containsExactly("anna", "Bram");
        assertThat(second.items()).extracting(AccountUserSnapshot::username).containsExactly("Karel", "Piet");
        assertThat(last.items()).extracting(AccountUserSnapshot::username).containsExactly("Sanne");
        assertThat(last.nextPage()).isEmpty();
        assertThat(Pages.all(1, page -> storage.users().list(number, page)))
                .extracting(AccountUserSnapshot::username)
                .containsExactly("Aaron", "anna", "Bram", "Karel", "Piet", "Sanne");
    }

    @Test
    void a_continuation_reaches_only_its_own_customer_numbers_rows_and_only_its_own_overview() {
        CustomerNumber number = registeredCustomer();
        CustomerNumber other = registeredCustomer();
        for (String name : List.of("Anna", "Bram", "Karel")) {
            storage.users().add(withName(Fixtures.user(number, Role.USER), name));
        }
        storage.users().add(withName(Fixtures.user(other, Role.USER), "Zoë"));
        storage.auditTrail().append(record(number, "change", Fixtures.NOW));
        String continuation = storage.users().list(number, PageRequest.first(1)).next();

        assertThat(storage.users().list(other, new PageRequest(10, continuation)).items())
                .extracting(AccountUserSnapshot::username).containsExactly("Zoë");
        assertThatThrownBy(() -> storage.auditTrail().list(number, new PageRequest(10, continuation)))
                .isInstanceOf(InvalidCommand.class)
                .satisfies(refused -> assertThat(((InvalidCommand) refused).violations())
                        .extracting(Violation::field).containsExactly("page.after"));
        String changed = (continuation.charAt(5) == 'A' ? 'B' : 'A') + "";
        assertThatThrownBy(() -> storage.users().list(number, new PageRequest(10,
                continuation.substring(0, 5) + changed + continuation.substring(6))))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void all_users_of_a_customer_number_and_only_those_are_listed_and_administrators_counted() {
        CustomerNumber number = registeredCustomer();
        AccountUserSnapshot first = Fixtures.user(number, Role.ADMINISTRATOR);
        AccountUserSnapshot second = Fixtures.user(number, Role.ADMINISTRATOR);
        AccountUserSnapshot third = Fixtures.user(number, Role.USER, Right.APPROVE_ORDERS);
        List.of(first, second, third).forEach(storage.users()::add);
        storage.users().add(Fixtures.user(registeredCustomer(), Role.ADMINISTRATOR));

        assertThat(storage.users().allOf(number)).extracting(AccountUserSnapshot::id)
                .containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(storage.users().countAdministrators(number)).isEqualTo(2);
    }

    // --- address books -----------------------------------------------------------------------------------------

    @Test
    void an_address_book_comes_back_as_it_was_stored_and_changes_at_its_version_only() {
        CustomerNumber number = registeredCustomer();
        AddressBookSnapshot empty = new AddressBookSnapshot(number, List.of(), 0);
        storage.addressBooks().add(empty);
        SavedAddress workshop = new SavedAddress(new AddressId(UUID.randomUUID()), "Werkplaats",
                Fixtures.address("Werkplaats"), true);
        SavedAddress site = new SavedAddress(new AddressId(UUID.randomUUID()), "Bouwplaats",
                Fixtures.address("Bouwplaats"), false);
        AddressBookSnapshot loaded = storage.addressBooks().find(number).orElseThrow();

        storage.addressBooks().update(new AddressBookSnapshot(number, List.of(workshop, site), loaded.version()));

        assertThatThrownBy(() -> storage.addressBooks().update(new AddressBookSnapshot(number, List.of(site),
                loaded.version()))).isInstanceOf(ConcurrentModification.class);
        assertThat(storage.addressBooks().find(number))
                .contains(new AddressBookSnapshot(number, List.of(workshop, site), 1));
        assertThat(storage.addressBooks().find(Fixtures.customerNumber())).isEmpty();
    }

    // --- audit trail and transactions --------------------------------------------------------------------------

    @Test
    void the_audit_trail_lists_one_customer_number_newest_first_in_pages() {
        CustomerNumber number = registeredCustomer();
        CustomerNumber other = registeredCustomer();
        for (int minute = 0; minute < 5; minute++) {
            storage.auditTrail().append(record(number, "change " + minute, Fixtures.NOW.plusSeconds(60L * minute)));
        }
        storage.auditTrail().append(record(other, "elsewhere", Fixtures.NOW));

        Page<AuditRecord> newest = storage.auditTrail().list(number, PageRequest.first(2));
        // a record added meanwhile comes on a new first page; it does not push older ones onto the next page again
        storage.auditTrail().append(record(number, "change 5", Fixtures.NOW.plusSeconds(300)));
        Page<AuditRecord> older = storage.auditTrail().list(number, newest.nextPage().orElseThrow());
        Page<AuditRecord> oldest = storage.auditTrail().list(number, older.nextPage().orElseThrow());

        assertThat(newest.items()).extracting(AuditRecord::details).containsExactly("change 4", "change 3");
        assertThat(older.items()).extracting(AuditRecord::details).containsExactly("change 2", "change 1");
        assertThat(oldest.items()).extracting(AuditRecord::details).containsExactly("change 0");
        assertThat(oldest.nextPage()).isEmpty();
        assertThat(newest.items().get(0)).isEqualTo(record(number, "change 4", Fixtures.NOW.plusSeconds(240)));
        assertThat(Pages.all(page -> storage.auditTrail().list(number, page))).hasSize(6);
    }

    @Test
    void a_failing_transaction_stores_nothing_of_what_it_did() {
        CustomerNumber number = Fixtures.customerNumber();
        AccountUserSnapshot user = Fixtures.user(number, Role.ADMINISTRATOR);

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.customerAccounts().add(Fixtures.account(number));
            storage.users().add(user);
            storage.addressBooks().add(new AddressBookSnapshot(number, List.of(), 0));
            storage.auditTrail().append(record(number, "half done", Fixtures.NOW));
            throw new IllegalStateException("the mail server is down");
        })).hasMessage("the mail server is down");

        assertThat(storage.customerAccounts().find(number)).isEmpty();
        assertThat(storage.users().find(number, user.id())).isEmpty();
        assertThat(storage.users().findByEmail(user.email())).isEmpty();
        assertThat(storage.addressBooks().find(number)).isEmpty();
        assertThat(storage.auditTrail().list(number, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void a_failing_transaction_undoes_its_updates_and_removals() {
        CustomerNumber number = registeredCustomer();
        AccountUserSnapshot kept = Fixtures.user(number, Role.USER, Right.SEE_PRICES);
        AccountUserSnapshot changed = Fixtures.user(number, Role.USER, Right.SEE_PRICES);
        storage.users().add(kept);
        storage.users().add(changed);

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.users().remove(kept);
            storage.users().update(withRights(changed, EnumSet.of(Right.APPROVE_ORDERS)));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(storage.users().find(number, kept.id())).contains(kept);
        assertThat(storage.users().findByEmail(kept.email())).isPresent();
        assertThat(storage.users().find(number, changed.id())).contains(changed);
    }

    // --- budgets, rules, substitutions and ordering contexts ---------------------------------------------------

    @Test
    void budget_settings_come_back_with_their_ledger_and_change_at_their_version_only() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        BudgetSnapshot budget = budget(jan, Money.euro("500.00"), new Ledger(MARCH, Money.euro("120.50"),
                Money.euro("12.50")));
        storage.budgets().add(budget);

        assertThat(storage.budgets().find(jan.customerNumber(), jan.id())).contains(budget);
        assertThat(storage.budgets().find(registeredCustomer(), jan.id())).isEmpty();
        storage.budgets().update(budget);
        assertThatThrownBy(() -> storage.budgets().update(budget)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> storage.budgets().add(budget)).isInstanceOf(ConcurrentModification.class);
        assertThat(storage.budgets().find(jan.customerNumber(), jan.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void approval_rules_are_stored_from_version_zero_on_and_change_at_their_version_only() {
        CustomerNumber number = registeredCustomer();
        ApprovalPolicySnapshot rules = new ApprovalPolicySnapshot(number, Money.euro("1000.00"), null,
                Duration.ofHours(4), Duration.ofHours(8), Duration.ofDays(3), ApprovalRecipients.APPROVERS, 0);

        storage.approvalPolicies().save(rules);

        ApprovalPolicySnapshot stored = storage.approvalPolicies().find(number).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.orderTotalThreshold()).isEqualTo(Money.euro("1000.00"));
        assertThat(stored.recipients()).isEqualTo(ApprovalRecipients.APPROVERS);
        assertThatThrownBy(() -> storage.approvalPolicies().save(rules)).isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void a_substitution_replaces_the_approvers_previous_one_and_belongs_to_one_customer_number() {
        AccountUserSnapshot kees = storedUser(Role.USER, Right.APPROVE_ORDERS);
        CustomerNumber number = kees.customerNumber();
        SubstitutionSnapshot first = new SubstitutionSnapshot(number, kees.id(), UserId.random(), Fixtures.NOW,
                Fixtures.NOW.plusSeconds(3600));
        SubstitutionSnapshot second = new SubstitutionSnapshot(number, kees.id(), UserId.random(),
                Fixtures.NOW.plusSeconds(60), Instant.parse("9999-12-31T23:59:59.999999Z"));

        storage.substitutions().save(first);
        storage.substitutions().save(second);

        assertThat(storage.substitutions().find(number, kees.id())).contains(second);
        assertThat(storage.substitutions().listFor(number)).containsExactly(second);
        assertThat(storage.substitutions().find(registeredCustomer(), kees.id())).isEmpty();
        storage.substitutions().remove(number, kees.id());
        assertThat(storage.substitutions().listFor(number)).isEmpty();
    }

    @Test
    void an_ordering_context_holds_the_user_the_time_zone_the_budget_and_the_rules_at_once() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        BudgetSnapshot budget = budget(jan, Money.euro("500.00"), Ledger.empty(Money.euro("0").currency()));
        storage.budgets().add(budget);

        OrderingContext context = storage.orderingContexts().load(jan.customerNumber(), jan.id()).orElseThrow();

        assertThat(context.user()).isEqualTo(jan);
        assertThat(context.timeZone()).isEqualTo(Fixtures.account(jan.customerNumber()).timeZone());
        assertThat(context.budget()).isEqualTo(budget);
        assertThat(context.policy()).isNull();
        assertThat(storage.orderingContexts().load(registeredCustomer(), jan.id())).isEmpty();
    }

    // --- order requests ----------------------------------------------------------------------------------------

    @Test
    void an_order_request_is_stored_only_by_the_write_that_fits_its_state() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        OrderRequestSnapshot placed = Fixtures.placedOrder(jan.customerNumber(), jan.id(), Fixtures.NOW);
        OrderRequestSnapshot waiting = Fixtures.waitingOrder(jan.customerNumber(), jan.id(), Money.euro("0.00"),
                Fixtures.NOW);
        SubmissionGuard asRead = new SubmissionGuard(0, 0, SubmissionGuard.NO_BUDGET, null, null, false);

        assertThatThrownBy(() -> storage.orderRequests().placeIfBudgetAllows(waiting, asRead))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.orderRequests().submitForApproval(placed, asRead))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.orderRequests().find(jan.customerNumber(), placed.id())).isEmpty();

        assertThat(storage.orderRequests().placeIfBudgetAllows(placed, asRead)).isEqualTo(WriteOutcome.STORED);
        assertThat(storage.orderRequests().submitForApproval(waiting, asRead)).isEqualTo(WriteOutcome.STORED);
        assertThat(storage.orderRequests().find(jan.customerNumber(), placed.id())).contains(placed);
        assertThat(storage.orderRequests().find(jan.customerNumber(), waiting.id())).contains(waiting);
        assertThat(storage.orderRequests().find(registeredCustomer(), placed.id())).isEmpty();
    }

    @Test
    void the_order_overviews_page_newest_first_and_orders_of_one_moment_newest_stored_first() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        AccountUserSnapshot piet = Fixtures.user(jan.customerNumber(), Role.USER, Right.PLACE_ORDERS);
        storage.users().add(piet);
        CustomerNumber number = jan.customerNumber();
        SubmissionGuard noBudget = new SubmissionGuard(0, 0, SubmissionGuard.NO_BUDGET, null, null, false);
        List<OrderRequestId> stored = new ArrayList<>();
        for (int order = 0; order < 5; order++) {
            // three orders at the same moment, then two later ones, alternating requesters
            Instant at = Fixtures.NOW.plusSeconds(order < 3 ? 0 : 60L * order);
            AccountUserSnapshot requester = order % 2 == 0 ? jan : piet;
            OrderRequestSnapshot placed = Fixtures.placedOrder(number, requester.id(), at);
            assertThat(storage.orderRequests().placeIfBudgetAllows(placed, new SubmissionGuard(
                    requester.version(), 0, SubmissionGuard.NO_BUDGET, null, null, false)))
                    .isEqualTo(WriteOutcome.STORED);
            stored.add(placed.id());
        }
        Set<OrderStatus> all = EnumSet.allOf(OrderStatus.class);

        Page<OrderRequestSnapshot> first = storage.orderRequests().list(number, all, PageRequest.first(2));
        OrderRequestSnapshot later = Fixtures.placedOrder(number, jan.id(), Fixtures.NOW.plusSeconds(600));
        assertThat(storage.orderRequests().placeIfBudgetAllows(later, noBudget)).isEqualTo(WriteOutcome.STORED);

        assertThat(first.items()).extracting(OrderRequestSnapshot::id).containsExactly(stored.get(4), stored.get(3));
        assertThat(Pages.all(1, page -> storage.orderRequests().list(number, all, page)))
                .extracting(OrderRequestSnapshot::id)
                .containsExactly(later.id(), stored.get(4), stored.get(3), stored.get(2), stored.get(1), stored.get(0));
        assertThat(storage.orderRequests().list(number, all, first.nextPage().orElseThrow()).items())
                .extracting(OrderRequestSnapshot::id).containsExactly(stored.get(2), stored.get(1));
        assertThat(Pages.all(1, page -> storage.orderRequests().listOfRequester(number, jan.id(), all, page)))
                .extracting(OrderRequestSnapshot::id)
                .containsExactly(later.id(), stored.get(4), stored.get(2), stored.get(0));
        assertThat(storage.orderRequests().list(registeredCustomer(), all, first.nextPage().orElseThrow()).items())
                .isEmpty();
    }

    @Test
    void a_placement_checks_every_assumption_of_its_guard_and_books_on_the_ledger() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        storage.budgets().add(budget(jan, Money.euro("100.00"), new Ledger(MARCH, Money.euro("80.00"),
                Money.euro("5.00"))));
        CustomerNumber number = jan.customerNumber();

        List<SubmissionGuard> stale = List.of(
                new SubmissionGuard(0, 0, 1, MARCH, Money.euro("87.50"), true),
                new SubmissionGuard(0, 0, SubmissionGuard.NO_BUDGET, null, null, false),
                new SubmissionGuard(0, 0, 0, MARCH, Money.euro("84.99"), true));
        for (SubmissionGuard guard : stale) {
            assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(),
                    Fixtures.NOW), guard)).as("%s", guard).isEqualTo(WriteOutcome.ASSUMPTION_CHANGED);
        }
        assertThat(storage.orderRequests().list(number, EnumSet.allOf(OrderStatus.class), PageRequest.first(10))
                .items()).isEmpty();

        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(), Fixtures.NOW),
                new SubmissionGuard(0, 0, 0, MARCH, Money.euro("85.00"), true))).isEqualTo(WriteOutcome.STORED);
        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(), Fixtures.NOW),
                new SubmissionGuard(0, 0, 0, APRIL, Money.euro("87.50"), true))).isEqualTo(WriteOutcome.STORED);

        Ledger ledger = storage.budgets().find(number, jan.id()).orElseThrow().ledger();
        assertThat(ledger).isEqualTo(new Ledger(APRIL, Money.euro("12.50"), Money.euro("5.00")));
    }

    @Test
    void changing_the_user_or_the_rules_moves_the_budget_version_that_guards_submissions() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        CustomerNumber number = jan.customerNumber();
        storage.budgets().add(budget(jan, Money.euro("100.00"), Ledger.empty(Money.euro("0").currency())));
        SubmissionGuard before = new SubmissionGuard(0, 0, 0, MARCH, null, false);

        storage.users().update(withRights(jan, EnumSet.of(Right.PLACE_ORDERS, Right.SEE_PRICES)));

        assertThat(storage.budgets().find(number, jan.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(), Fixtures.NOW),
                before)).isEqualTo(WriteOutcome.ASSUMPTION_CHANGED);
        storage.approvalPolicies().save(new ApprovalPolicySnapshot(number, null, null, Duration.ofHours(4),
                Duration.ofHours(8), Duration.ofDays(3), ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS, 0));
        assertThat(storage.budgets().find(number, jan.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(), Fixtures.NOW),
                new SubmissionGuard(1, 1, 1, MARCH, null, false))).isEqualTo(WriteOutcome.ASSUMPTION_CHANGED);
        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(), Fixtures.NOW),
                new SubmissionGuard(1, 1, 2, MARCH, null, false))).isEqualTo(WriteOutcome.STORED);
    }

    @Test
    void without_budget_settings_a_placement_checks_the_user_and_the_rules_themselves() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        CustomerNumber number = jan.customerNumber();

        for (SubmissionGuard guard : List.of(new SubmissionGuard(1, 0, SubmissionGuard.NO_BUDGET, null, null, false),
                new SubmissionGuard(0, 1, SubmissionGuard.NO_BUDGET, null, null, false),
                new SubmissionGuard(0, 0, 0, MARCH, null, false))) {
            assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(),
                    Fixtures.NOW), guard)).as("%s", guard).isEqualTo(WriteOutcome.ASSUMPTION_CHANGED);
        }
        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(registeredCustomer(), jan.id(),
                Fixtures.NOW), new SubmissionGuard(0, 0, SubmissionGuard.NO_BUDGET, null, null, false)))
                .as("the requester of another customer number").isEqualTo(WriteOutcome.ASSUMPTION_CHANGED);
        assertThat(storage.orderRequests().placeIfBudgetAllows(Fixtures.placedOrder(number, jan.id(), Fixtures.NOW),
                new SubmissionGuard(0, 0, SubmissionGuard.NO_BUDGET, null, null, false)))
                .isEqualTo(WriteOutcome.STORED);
    }

    @Test
    void a_waiting_order_reserves_and_closing_it_releases_and_books_when_approved() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        CustomerNumber number = jan.customerNumber();
        storage.budgets().add(budget(jan, Money.euro("5000.00"), Ledger.empty(Money.euro("0").currency())));
        SubmissionGuard asRead = new SubmissionGuard(0, 0, 0, MARCH, null, false);
        OrderRequestSnapshot approved = Fixtures.waitingOrder(number, jan.id(), Money.euro("1450.00"), Fixtures.NOW);
        OrderRequestSnapshot rejected = Fixtures.waitingOrder(number, jan.id(), Money.euro("1450.00"), Fixtures.NOW);
        storage.orderRequests().submitForApproval(approved, asRead);
        storage.orderRequests().submitForApproval(rejected, asRead);

        assertThat(ledgerOf(jan)).isEqualTo(new Ledger(null, Money.euro("0.00"), Money.euro("2900.00")));
        Instant decided = Fixtures.NOW.plusSeconds(60);
        storage.orderRequests().close(decide(approved, Verdict.APPROVED, decided), MARCH);
        storage.orderRequests().close(decide(rejected, Verdict.REJECTED, decided), MARCH);

        assertThat(ledgerOf(jan)).isEqualTo(new Ledger(MARCH, Money.euro("1450.00"), Money.euro("0.00")));
        assertThat(storage.orderRequests().find(number, approved.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(OrderStatus.APPROVED);
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.decisions()).hasSize(1);
        });
        assertThatThrownBy(() -> storage.orderRequests().close(decide(approved, Verdict.APPROVED, decided), MARCH))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(ledgerOf(jan)).isEqualTo(new Ledger(MARCH, Money.euro("1450.00"), Money.euro("0.00")));
        assertThat(storage.orderRequests().placedTotal(number, jan.id(), Money.euro("0").currency(),
                decided.minusSeconds(1), decided.plusSeconds(1))).isEqualTo(Money.euro("1450.00"));
    }

    @Test
    void waiting_orders_are_due_by_their_next_deadline_and_changes_keep_their_version() {
        AccountUserSnapshot jan = storedUser(Role.USER, Right.PLACE_ORDERS);
        Instant submitted = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().hashCode() & 0xFFFF);
        OrderRequestSnapshot waiting = Fixtures.waitingOrder(jan.customerNumber(), jan.id(), Money.euro("0.00"),
                submitted);
        storage.orderRequests().submitForApproval(waiting, new SubmissionGuard(0, 0, SubmissionGuard.NO_BUDGET, null,
                null, false));

        assertThat(storage.orderRequests().dueBy(submitted.plusSeconds(86_400), 10_000))
                .extracting(OrderRequestSnapshot::id).contains(waiting.id());
        assertThat(storage.orderRequests().dueBy(submitted.plusSeconds(86_399), 10_000))
                .extracting(OrderRequestSnapshot::id).doesNotContain(waiting.id());
        storage.orderRequests().update(waiting);
        assertThatThrownBy(() -> storage.orderRequests().update(waiting)).isInstanceOf(ConcurrentModification.class);
    }

    /** Registers a customer account (users and address books refer to one) and returns its number. */
    protected CustomerNumber registeredCustomer() {
        CustomerNumber number = Fixtures.customerNumber();
        storage.customerAccounts().add(Fixtures.account(number));
        return number;
    }

    private AccountUserSnapshot storedUser(Role role, Right... rights) {
        AccountUserSnapshot user = Fixtures.user(registeredCustomer(), role, rights);
        storage.users().add(user);
        return user;
    }

    private Ledger ledgerOf(AccountUserSnapshot user) {
        return storage.budgets().find(user.customerNumber(), user.id()).orElseThrow().ledger();
    }

    private static BudgetSnapshot budget(AccountUserSnapshot user, Money limit, Ledger ledger) {
        return new BudgetSnapshot(user.customerNumber(), user.id(), new BudgetLimit(limit, BudgetPeriod.MONTH), false,
                ledger, 0);
    }

    private static OrderRequestSnapshot decide(OrderRequestSnapshot order, Verdict verdict, Instant at) {
        Decision decision = new Decision(1, UserId.random(), null, verdict, verdict == Verdict.REJECTED ? "Nee" : null,
                at);
        OrderStatus status = verdict == Verdict.APPROVED ? OrderStatus.APPROVED : OrderStatus.REJECTED;
        return new OrderRequestSnapshot(order.id(), order.customerNumber(), order.requester(), order.reference(),
                order.lines(), order.netTotal(), order.submittedAt(), status, order.reasons(),
                order.requiredApprovals(), List.of(decision), order.reserved(),
                status == OrderStatus.APPROVED ? at : null, at, order.remindAt(), order.escalateAt(),
                order.expireAt(), order.deadlineStage(), order.version());
    }

    private Callable<Boolean> addWhenReleased(CountDownLatch start, AccountUserSnapshot candidate) {
        return () -> {
            start.await();
            try {
                storage.users().add(candidate);
                return true;
            } catch (EmailAddressTaken taken) {
                return false;
            }
        };
    }

    private static CustomerAccountSnapshot withInvoiceAddressee(CustomerAccountSnapshot account, String name) {
        return new CustomerAccountSnapshot(account.number(), account.profile(), Fixtures.address(name),
                account.timeZone(), account.version());
    }

    private static AccountUserSnapshot withEmail(AccountUserSnapshot user, EmailAddress email) {
        return new AccountUserSnapshot(user.id(), user.customerNumber(), email, user.username(), user.role(),
                user.grantedRights(), user.passwordHash(), user.priceDisplay(),
                EmailSettings.sendEverythingTo(email, user.emailSettings().language()), user.version());
    }

    private static AccountUserSnapshot withRights(AccountUserSnapshot user, EnumSet<Right> rights) {
        return new AccountUserSnapshot(user.id(), user.customerNumber(), user.email(), user.username(), user.role(),
                rights, user.passwordHash(), user.priceDisplay(), user.emailSettings(), user.version());
    }

    private static AccountUserSnapshot withName(AccountUserSnapshot user, String name) {
        return new AccountUserSnapshot(user.id(), user.customerNumber(), user.email(), name, user.role(),
                user.grantedRights(), user.passwordHash(), user.priceDisplay(), user.emailSettings(), user.version());
    }

    private static AccountUserSnapshot atCustomer(AccountUserSnapshot user, CustomerNumber other) {
        return new AccountUserSnapshot(user.id(), other, user.email(), user.username(), user.role(),
                user.grantedRights(), user.passwordHash(), user.priceDisplay(), user.emailSettings(), user.version());
    }

    private static AuditRecord record(CustomerNumber number, String details, Instant at) {
        return new AuditRecord(number, "petra@installateur.example", AuditAction.RIGHTS_CHANGED,
                "jan@installateur.example", details, at);
    }
}
