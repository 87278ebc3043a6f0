package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accountkit.AccountStorage;
import org.accountkit.ConcurrentModification;
import org.accountkit.address.AddressBook;
import org.accountkit.address.AddressId;
import org.accountkit.approval.ApprovalPolicy;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.SubmissionCheck;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.customer.CustomerAccount;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.customer.CustomerNumberTaken;
import org.accountkit.ordering.OrderLine;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.user.AccountUser;
import org.accountkit.user.EmailAddressTaken;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountStorage} guarantees. An adapter's test extends this class and says how to make a
 * storage; the storage may be shared between tests, since every test uses its own customer numbers and addresses.
 */
public abstract class AccountStorageContract {

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
        CustomerAccount account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);

        CustomerAccount loaded = storage.customerAccounts().find(account.number()).orElseThrow();

        assertThat(loaded.number()).isEqualTo(account.number());
        assertThat(loaded.profile()).isEqualTo(account.profile());
        assertThat(loaded.invoiceAddress()).isEqualTo(account.invoiceAddress());
        assertThat(loaded.timeZone()).isEqualTo(account.timeZone());
        assertThat(loaded.version()).isZero();
    }

    @Test
    void an_unknown_customer_number_is_not_found() {
        assertThat(storage.customerAccounts().find(Fixtures.customerNumber())).isEmpty();
    }

    @Test
    void a_customer_number_is_registered_once() {
        CustomerAccount account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);

        assertThatThrownBy(() -> storage.customerAccounts().add(Fixtures.account(account.number())))
                .isInstanceOf(CustomerNumberTaken.class);
    }

    @Test
    void a_customer_account_changed_by_two_at_once_keeps_the_first_change_only() {
        CustomerAccount account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);
        CustomerAccount first = storage.customerAccounts().find(account.number()).orElseThrow();
        CustomerAccount second = storage.customerAccounts().find(account.number()).orElseThrow();

        first.changeInvoiceAddress(Fixtures.address("Eerste"));
        storage.customerAccounts().update(first);
        second.changeInvoiceAddress(Fixtures.address("Tweede"));

        assertThatThrownBy(() -> storage.customerAccounts().update(second))
                .isInstanceOf(ConcurrentModification.class);
        CustomerAccount stored = storage.customerAccounts().find(account.number()).orElseThrow();
        assertThat(stored.invoiceAddress().name()).isEqualTo("Eerste");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_loaded_customer_account_changed_but_not_saved_leaves_the_stored_one_unchanged() {
        CustomerAccount account = Fixtures.account(Fixtures.customerNumber());
        storage.customerAccounts().add(account);

        storage.customerAccounts().find(account.number()).orElseThrow()
                .changeInvoiceAddress(Fixtures.address("Niet opgeslagen"));
        account.changeInvoiceAddress(Fixtures.address("Ook niet opgeslagen"));

        assertThat(storage.customerAccounts().find(account.number()).orElseThrow().invoiceAddress())
                .isEqualTo(Fixtures.account(account.number()).invoiceAddress());
    }

    // --- users -------------------------------------------------------------------------------------------------

    @Test
    void a_user_comes_back_with_every_setting() {
        CustomerNumber number = registeredCustomer();
        AccountUser user = Fixtures.user(number, Role.USER, Right.PLACE_ORDERS, Right.SEE_PRICES);
        Instant consent = Instant.parse("2026-02-01T10:00:00Z");
        EmailAddress invoices = Fixtures.email("facturen");
        user.changePriceDisplay(new PriceDisplay(VatDisplay.INCLUDING_VAT, ShownPrices.NET));
        user.changeEmailSettings(new EmailSettings(invoices, user.email(), user.email(),
                new MarketingConsent.OptedIn(consent)));
        storage.users().add(user);

        AccountUser loaded = storage.users().find(user.id()).orElseThrow();

        assertThat(loaded.customerNumber()).isEqualTo(number);
        assertThat(loaded.email().value()).isEqualTo(user.email().value());
        assertThat(loaded.username()).isEqualTo("Jan Jansen");
        assertThat(loaded.role()).isEqualTo(Role.USER);
        assertThat(loaded.grantedRights()).containsExactlyInAnyOrder(Right.PLACE_ORDERS, Right.SEE_PRICES);
        assertThat(loaded.passwordHash()).isEqualTo(user.passwordHash());
        assertThat(loaded.priceDisplay()).isEqualTo(new PriceDisplay(VatDisplay.INCLUDING_VAT, ShownPrices.NET));
        assertThat(loaded.emailSettings().invoices()).isEqualTo(invoices);
        assertThat(loaded.emailSettings().marketing()).isEqualTo(new MarketingConsent.OptedIn(consent));
        assertThat(loaded.version()).isZero();
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThat(storage.users().find(UserId.random())).isEmpty();
        assertThat(storage.users().findByEmail(Fixtures.email("niemand"))).isEmpty();
    }

    @Test
    void a_user_is_found_by_login_address_in_any_case() {
        AccountUser user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);

        EmailAddress shouted = new EmailAddress(user.email().value().toUpperCase(java.util.Locale.ROOT));

        assertThat(storage.users().findByEmail(shouted)).map(AccountUser::id).contains(user.id());
    }

    @Test
    void a_login_address_is_unique_over_all_customer_numbers_regardless_of_case() {
        AccountUser user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);
        AccountUser sameAddressElsewhere = AccountUser.create(UserId.random(), registeredCustomer(),
                new EmailAddress(user.email().value().toUpperCase(java.util.Locale.ROOT)), "Ander", Role.USER,
                EnumSet.noneOf(Right.class), user.passwordHash());

        assertThatThrownBy(() -> storage.users().add(sameAddressElsewhere)).isInstanceOf(EmailAddressTaken.class);
        assertThat(storage.users().find(sameAddressElsewhere.id())).isEmpty();
    }

    @Test
    void two_threads_adding_the_same_login_address_at_once_store_exactly_one_user() throws Exception {
        CustomerNumber first = registeredCustomer();
        CustomerNumber second = registeredCustomer();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                EmailAddress contested = Fixtures.email("gedeeld");
                AccountUser one = withEmail(Fixtures.user(first, Role.USER), contested);
                AccountUser other = withEmail(Fixtures.user(second, Role.USER),
                        new EmailAddress(contested.value().toUpperCase(java.util.Locale.ROOT)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (AccountUser candidate : List.of(one, other)) {
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
                        .filter(candidate -> storage.users().find(candidate.id()).isPresent()).count();
                assertThat(found).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_user_changed_by_two_at_once_keeps_the_first_change_only() {
        AccountUser user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);
        AccountUser first = storage.users().find(user.id()).orElseThrow();
        AccountUser second = storage.users().find(user.id()).orElseThrow();

        first.changeRights(EnumSet.of(Right.PLACE_ORDERS));
        storage.users().update(first);
        second.changeRights(EnumSet.of(Right.SEE_INVOICES));

        assertThatThrownBy(() -> storage.users().update(second)).isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> storage.users().remove(second)).isInstanceOf(ConcurrentModification.class);
        AccountUser stored = storage.users().find(user.id()).orElseThrow();
        assertThat(stored.grantedRights()).containsExactly(Right.PLACE_ORDERS);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_loaded_user_changed_but_not_saved_leaves_the_stored_one_unchanged() {
        AccountUser user = Fixtures.user(registeredCustomer(), Role.USER, Right.SEE_PRICES);
        storage.users().add(user);

        AccountUser loaded = storage.users().find(user.id()).orElseThrow();
        loaded.changeRights(EnumSet.complementOf(EnumSet.of(Right.MANAGE_USERS)));
        loaded.rename("Iemand anders");
        user.changeRole(Role.ADMINISTRATOR);

        AccountUser stored = storage.users().find(user.id()).orElseThrow();
        assertThat(stored.grantedRights()).containsExactly(Right.SEE_PRICES);
        assertThat(stored.username()).isEqualTo("Jan Jansen");
        assertThat(stored.role()).isEqualTo(Role.USER);
    }

    @Test
    void a_removed_user_is_gone_and_frees_the_login_address() {
        AccountUser user = Fixtures.user(registeredCustomer(), Role.USER);
        storage.users().add(user);

        storage.users().remove(storage.users().find(user.id()).orElseThrow());

        assertThat(storage.users().find(user.id())).isEmpty();
        assertThat(storage.users().findByEmail(user.email())).isEmpty();
        AccountUser successor = withEmail(Fixtures.user(user.customerNumber(), Role.USER), user.email());
        storage.users().add(successor);
        assertThat(storage.users().findByEmail(user.email())).map(AccountUser::id).contains(successor.id());
    }

    @Test
    void the_user_overview_lists_one_customer_number_by_username_in_pages() {
        CustomerNumber number = registeredCustomer();
        CustomerNumber other = registeredCustomer();
        for (String name : List.of("Sanne", "anna", "Bram", "Piet", "Karel")) {
            AccountUser user = Fixtures.user(number, Role.USER);
            user.rename(name);
            storage.users().add(user);
        }
        storage.users().add(Fixtures.user(other, Role.USER));

        Page<AccountUser> first = storage.users().list(number, new PageRequest(0, 2));
        Page<AccountUser> last = storage.users().list(number, new PageRequest(2, 2));

        assertThat(first.items()).extracting(AccountUser::username).containsExactly("anna", "Bram");
        assertThat(last.items()).extracting(AccountUser::username).containsExactly("Sanne");
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
    }

    @Test
    void all_users_of_a_customer_number_and_only_those_are_listed_for_approvals() {
        CustomerNumber number = registeredCustomer();
        AccountUser first = Fixtures.user(number, Role.ADMINISTRATOR);
        AccountUser second = Fixtures.user(number, Role.USER, Right.APPROVE_ORDERS);
        storage.users().add(first);
        storage.users().add(second);
        storage.users().add(Fixtures.user(registeredCustomer(), Role.ADMINISTRATOR));

        List<AccountUser> all = storage.users().allOf(number);

        assertThat(all).extracting(AccountUser::id).containsExactlyInAnyOrder(first.id(), second.id());
        all.get(0).rename("Niet opgeslagen");
        assertThat(storage.users().allOf(number)).extracting(AccountUser::username).containsOnly("Jan Jansen");
    }

    @Test
    void administrators_are_counted_per_customer_number() {
        CustomerNumber number = registeredCustomer();
        storage.users().add(Fixtures.user(number, Role.ADMINISTRATOR));
        storage.users().add(Fixtures.user(number, Role.ADMINISTRATOR));
        storage.users().add(Fixtures.user(number, Role.USER, Right.APPROVE_ORDERS));
        storage.users().add(Fixtures.user(registeredCustomer(), Role.ADMINISTRATOR));

        assertThat(storage.users().countAdministrators(number)).isEqualTo(2);
    }

    // --- address books -----------------------------------------------------------------------------------------

    @Test
    void an_address_book_comes_back_with_its_primary_address() {
        CustomerNumber number = registeredCustomer();
        AddressBook book = AddressBook.empty(number);
        AddressId workshop = new AddressId(java.util.UUID.randomUUID());
        AddressId site = new AddressId(java.util.UUID.randomUUID());
        book.add(workshop, "Werkplaats", Fixtures.address("Werkplaats"), false);
        book.add(site, "Bouwplaats", Fixtures.address("Bouwplaats"), true);
        storage.addressBooks().add(book);

        AddressBook loaded = storage.addressBooks().find(number).orElseThrow();

        assertThat(loaded.addresses()).isEqualTo(book.addresses());
        assertThat(loaded.primary()).map(saved -> saved.id()).contains(site);
        assertThat(loaded.version()).isZero();
    }

    @Test
    void an_unknown_address_book_is_not_found() {
        assertThat(storage.addressBooks().find(Fixtures.customerNumber())).isEmpty();
    }

    @Test
    void an_address_book_changed_by_two_at_once_keeps_the_first_change_only() {
        CustomerNumber number = registeredCustomer();
        storage.addressBooks().add(AddressBook.empty(number));
        AddressBook first = storage.addressBooks().find(number).orElseThrow();
        AddressBook second = storage.addressBooks().find(number).orElseThrow();

        first.add(new AddressId(java.util.UUID.randomUUID()), "Eerste", Fixtures.address("Eerste"), true);
        storage.addressBooks().update(first);
        second.add(new AddressId(java.util.UUID.randomUUID()), "Tweede", Fixtures.address("Tweede"), true);

        assertThatThrownBy(() -> storage.addressBooks().update(second)).isInstanceOf(ConcurrentModification.class);
        AddressBook stored = storage.addressBooks().find(number).orElseThrow();
        assertThat(stored.addresses()).extracting(saved -> saved.label()).containsExactly("Eerste");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_loaded_address_book_changed_but_not_saved_leaves_the_stored_one_unchanged() {
        CustomerNumber number = registeredCustomer();
        AddressBook book = AddressBook.empty(number);
        AddressId workshop = new AddressId(java.util.UUID.randomUUID());
        book.add(workshop, "Werkplaats", Fixtures.address("Werkplaats"), true);
        storage.addressBooks().add(book);

        AddressBook loaded = storage.addressBooks().find(number).orElseThrow();
        loaded.delete(workshop);
        book.add(new AddressId(java.util.UUID.randomUUID()), "Nieuw", Fixtures.address("Nieuw"), true);

        assertThat(storage.addressBooks().find(number).orElseThrow().addresses())
                .extracting(saved -> saved.label()).containsExactly("Werkplaats");
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

        Page<AuditRecord> newest = storage.auditTrail().list(number, new PageRequest(0, 2));
        Page<AuditRecord> oldest = storage.auditTrail().list(number, new PageRequest(2, 2));

        assertThat(newest.items()).extracting(AuditRecord::details).containsExactly("change 4", "change 3");
        assertThat(oldest.items()).extracting(AuditRecord::details).containsExactly("change 0");
        assertThat(newest.totalItems()).isEqualTo(5);
        assertThat(newest.items().get(0)).isEqualTo(record(number, "change 4", Fixtures.NOW.plusSeconds(240)));
    }

    @Test
    void a_failing_transaction_stores_nothing_of_what_it_did() {
        CustomerNumber number = Fixtures.customerNumber();
        AccountUser user = Fixtures.user(number, Role.ADMINISTRATOR);

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.customerAccounts().add(Fixtures.account(number));
            storage.users().add(user);
            storage.addressBooks().add(AddressBook.empty(number));
            storage.auditTrail().append(record(number, "half done", Fixtures.NOW));
            throw new IllegalStateException("the mail server is down");
        })).hasMessage("the mail server is down");

        assertThat(storage.customerAccounts().find(number)).isEmpty();
        assertThat(storage.users().find(user.id())).isEmpty();
        assertThat(storage.users().findByEmail(user.email())).isEmpty();
        assertThat(storage.addressBooks().find(number)).isEmpty();
        assertThat(storage.auditTrail().list(number, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void an_order_request_is_stored_only_by_the_write_that_fits_its_state() {
        CustomerNumber number = registeredCustomer();
        AccountUser jan = Fixtures.user(number, Role.USER, Right.PLACE_ORDERS);
        storage.users().add(jan);
        List<OrderLine> lines = List.of(new OrderLine("SCHROEF-4X40", "Spaanplaatschroef", 1, Money.euro("12.50"),
                new BigDecimal("21")));
        OrderRequest placed = OrderRequest.placeDirectly(new OrderRequestId(UUID.randomUUID()), number, jan.id(), "",
                lines, Fixtures.NOW);
        OrderRequest waiting = OrderRequest.awaitApproval(new OrderRequestId(UUID.randomUUID()), number, jan.id(), "",
                lines, EnumSet.of(ApprovalReason.EVERY_ORDER_NEEDS_APPROVAL), 1, new BigDecimal("0.00"),
                ApprovalPolicy.defaults(number), Fixtures.NOW);
        SubmissionCheck asRead = new SubmissionCheck(0, 0, SubmissionCheck.NO_SETTINGS, "none", false);

        assertThatThrownBy(() -> storage.orderRequests().placeIfBudgetAllows(waiting, asRead))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.orderRequests().submitForApproval(placed, asRead))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.orderRequests().find(placed.id())).isEmpty();
        assertThat(storage.orderRequests().find(waiting.id())).isEmpty();

        assertThat(storage.orderRequests().placeIfBudgetAllows(placed, asRead)).isTrue();
        assertThat(storage.orderRequests().submitForApproval(waiting, asRead)).isTrue();
        assertThat(storage.orderRequests().find(placed.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(OrderStatus.PLACED);
            assertThat(stored.netTotal()).isEqualTo(Money.euro("12.50"));
            assertThat(stored.lines()).isEqualTo(lines);
        });
        assertThat(storage.orderRequests().find(waiting.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.AWAITING_APPROVAL);
    }

    @Test
    void a_failing_transaction_undoes_its_updates_and_removals() {
        CustomerNumber number = registeredCustomer();
        AccountUser kept = Fixtures.user(number, Role.USER, Right.SEE_PRICES);
        AccountUser changed = Fixtures.user(number, Role.USER, Right.SEE_PRICES);
        storage.users().add(kept);
        storage.users().add(changed);

        assertThatThrownBy(() -> storage.transactions().run(() -> {
            storage.users().remove(storage.users().find(kept.id()).orElseThrow());
            AccountUser loaded = storage.users().find(changed.id()).orElseThrow();
            loaded.changeRights(EnumSet.of(Right.APPROVE_ORDERS));
            storage.users().update(loaded);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(storage.users().find(kept.id())).isPresent();
        assertThat(storage.users().findByEmail(kept.email())).isPresent();
        AccountUser unchanged = storage.users().find(changed.id()).orElseThrow();
        assertThat(unchanged.grantedRights()).containsExactly(Right.SEE_PRICES);
        assertThat(unchanged.version()).isZero();
    }

    /** Registers a customer account (users and address books refer to one) and returns its number. */
    protected CustomerNumber registeredCustomer() {
        CustomerNumber number = Fixtures.customerNumber();
        storage.customerAccounts().add(Fixtures.account(number));
        return number;
    }

    private Callable<Boolean> addWhenReleased(CountDownLatch start, AccountUser candidate) {
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

    private static AccountUser withEmail(AccountUser user, EmailAddress email) {
        return AccountUser.create(user.id(), user.customerNumber(), email, user.username(), user.role(),
                user.grantedRights(), user.passwordHash());
    }

    private static AuditRecord record(CustomerNumber number, String details, Instant at) {
        return new AuditRecord(number, "petra@installateur.example", AuditAction.RIGHTS_CHANGED,
                "jan@installateur.example", details, at);
    }
}
