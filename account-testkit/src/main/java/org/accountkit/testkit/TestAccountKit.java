package org.accountkit.testkit;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.AccountKit;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.spi.AccountStorage;

/**
 * A ready AccountKit for a host's own test suite, in one call: the in-memory storage, cheap password hashing (a
 * low-cost Argon2id), a clock the test moves, a catalog the test fills, and the notices, placed orders and events
 * AccountKit sent, to assert on.
 *
 * <pre>{@code
 * TestAccountKit accounts = TestAccountKit.create();
 * accounts.catalog().offer("PERS-V15", "Persmachine", Money.euro("1450.00"));
 * Actor.UserActor petra = accounts.registerCustomer("100234");
 * accounts.kit().submitOrder().submit(petra, new SubmitOrderCommand(List.of(new CartLine("PERS-V15", 1))));
 * accounts.clock().advance(Duration.ofDays(2));
 * assertThat(accounts.sent().placedOrders()).hasSize(1);
 * }</pre>
 *
 * <p>Each instance is independent: its own storage, clock, catalog and recorder.
 */
public final class TestAccountKit {

    /** Where the clock starts unless a test says otherwise: Monday 2 March 2026, 10:15 in Amsterdam. */
    public static final Instant START = Fixtures.NOW;

    private final InMemoryAccountStorage storage = new InMemoryAccountStorage();
    private final MutableClock clock;
    private final TestCatalog catalog = TestCatalog.empty();
    private final Recorder sent = new Recorder();
    private final AccountKit kit;

    private TestAccountKit(Instant start) {
        this.clock = new MutableClock(Objects.requireNonNull(start, "start"));
        this.kit = AccountKit.builder().storage(storage).passwordHashing(Fixtures.fastHashing()).clock(clock)
                .articleCatalog(catalog).notifications(sent).orderHandOff(sent).domainEvents(sent).build();
    }

    /** A kit whose clock shows {@link #START} and whose catalog is empty. */
    public static TestAccountKit create() {
        return new TestAccountKit(START);
    }

    /** A kit whose clock shows {@code start} and whose catalog is empty. */
    public static TestAccountKit startingAt(Instant start) {
        return new TestAccountKit(start);
    }

    /** The AccountKit to call the use cases on. */
    public AccountKit kit() {
        return kit;
    }

    /** The clock every moment comes from; move it to pass deadlines or enter the next budget period. */
    public MutableClock clock() {
        return clock;
    }

    /** The catalog that prices carts; offer the articles a test orders. */
    public TestCatalog catalog() {
        return catalog;
    }

    /** What AccountKit sent out: notices, placed orders and events. */
    public Recorder sent() {
        return sent;
    }

    /** The storage, for tests that look at what is stored through the SPI. */
    public AccountStorage storage() {
        return storage;
    }

    /**
     * Registers {@code customerNumber} as customer service would, with a first administrator, and answers the
     * administrator, ready to act.
     */
    public Actor.UserActor registerCustomer(String customerNumber) {
        CustomerNumber number = new CustomerNumber(customerNumber);
        RegisterCustomerAccountCommand command = Fixtures.registration(number,
                new EmailAddress("beheerder@" + customerNumber.toLowerCase(java.util.Locale.ROOT) + ".example"));
        return Actor.user(number, kit.registerCustomerAccount().register(Actor.customerService("Test"), command)
                .administrator());
    }
}
