package org.accountkit.testkit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.customer.CompanyProfile;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.ordering.OrderLine;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Money;
import org.accountkit.shared.PostalAddress;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * Test data for contract tests. Every customer number and e-mail address is unique, so tests can share one
 * database without cleaning it between them.
 */
public final class Fixtures {

    /** A password that follows the password policy. */
    public static final String PASSWORD = "Werkplaats-2026!";
    /** The moment every fixed test clock shows. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private static final PasswordHashing FAST_HASHING = Argon2PasswordHashing.withCost(1024, 1, 1);

    private Fixtures() {
    }

    /** Argon2id at a low cost, so that tests that hash many passwords stay fast. */
    public static PasswordHashing fastHashing() {
        return FAST_HASHING;
    }

    /** A clock fixed at {@link #NOW}. */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** An AccountKit on {@code storage} with a fixed clock, fast hashing and the {@link TestCatalog}. */
    public static AccountKit kit(AccountStorage storage) {
        return builder(storage, clock()).build();
    }

    /** A builder for an AccountKit on {@code storage} with fast hashing and the {@link TestCatalog}. */
    public static AccountKit.Builder builder(AccountStorage storage, Clock clock) {
        return AccountKit.builder().storage(storage).passwordHashing(fastHashing()).clock(clock)
                .articleCatalog(new TestCatalog());
    }

    /** A customer number no other test uses. */
    public static CustomerNumber customerNumber() {
        return new CustomerNumber("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 15));
    }

    /** An e-mail address no other test uses, e.g. {@code jan-1a2b3c4d@installateur.example}. */
    public static EmailAddress email(String name) {
        return new EmailAddress(name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@installateur.example");
    }

    /** A valid Dutch address. */
    public static PostalAddress address(String name) {
        return new PostalAddress(name, "Industrieweg", "12a", "3542 AD", "Utrecht", Country.NL);
    }

    /** The form fields of a valid Dutch address. */
    public static AddressFields addressFields(String name) {
        return AddressFields.of(address(name));
    }

    /** A customer account, not yet stored. */
    public static CustomerAccountSnapshot account(CustomerNumber number) {
        return new CustomerAccountSnapshot(number,
                new CompanyProfile("Installatiebedrijf Jansen B.V.", "12345678", "NL123456789B01"),
                address("Installatiebedrijf Jansen B.V."), ZoneId.of("Europe/Amsterdam"), 0);
    }

    /** A user, not yet stored, with a placeholder hash (contract tests never log in). */
    public static AccountUserSnapshot user(CustomerNumber number, Role role, Right... rights) {
        Set<Right> granted = rights.length == 0 ? EnumSet.noneOf(Right.class) : EnumSet.of(rights[0], rights);
        EmailAddress email = email("user");
        return new AccountUserSnapshot(UserId.random(), number, email, "Jan Jansen", role, granted,
                new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"), PriceDisplay.defaults(),
                EmailSettings.sendEverythingTo(email, Language.DUTCH), 0);
    }

    /** An order of {@code requester} placed at once, not yet stored: one box of screws, EUR 12.50. */
    public static OrderRequestSnapshot placedOrder(CustomerNumber number, UserId requester, Instant at) {
        List<OrderLine> lines = List.of(new OrderLine(TestCatalog.SCREWS, "Spaanplaatschroef 4x40, doos 200", 1,
                Money.euro("12.50"), new BigDecimal("21")));
        return new OrderRequestSnapshot(new OrderRequestId(UUID.randomUUID()), number, requester, "", lines,
                Money.euro("12.50"), at, OrderStatus.PLACED, Set.of(), 0, List.of(), Money.euro("0.00"), at, at,
                null, null, null, DeadlineStage.NOTIFIED, 0);
    }

    /** An order of {@code requester} waiting for one approval, reserving {@code reserved}; not yet stored. */
    public static OrderRequestSnapshot waitingOrder(CustomerNumber number, UserId requester, Money reserved,
            Instant at) {
        List<OrderLine> lines = List.of(new OrderLine(TestCatalog.PRESS_TOOL, "Persmachine V-profiel 15mm", 1,
                Money.euro("1450.00"), new BigDecimal("21")));
        return new OrderRequestSnapshot(new OrderRequestId(UUID.randomUUID()), number, requester, "", lines,
                Money.euro("1450.00"), at, OrderStatus.AWAITING_APPROVAL, Set.of(ApprovalReason.OVER_BUDGET), 1,
                List.of(), reserved, null, null, at.plusSeconds(86_400), at.plusSeconds(172_800),
                at.plusSeconds(604_800), DeadlineStage.NOTIFIED, 0);
    }

    /** The command customer service uses to register a customer number with its first administrator. */
    public static RegisterCustomerAccountCommand registration(CustomerNumber number, EmailAddress administrator) {
        return new RegisterCustomerAccountCommand(number.value(), "Installatiebedrijf Jansen B.V.", "12345678",
                "NL123456789B01", addressFields("Installatiebedrijf Jansen B.V."), ZoneId.of("Europe/Amsterdam"),
                administrator.value(), "Petra Inkoop", PASSWORD);
    }
}
