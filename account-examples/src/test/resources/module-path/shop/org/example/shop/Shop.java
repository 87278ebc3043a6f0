package org.example.shop;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.Money;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/** A webshop on the module path: it sees AccountKit's API and SPI, and nothing of its insides. */
public final class Shop {

    public static void main(String[] args) throws Exception {
        run("in memory", new InMemoryAccountStorage());
        Class<?> h2 = Class.forName("org.h2.jdbcx.JdbcDataSource");
        DataSource dataSource = (DataSource) h2.getConstructor().newInstance();
        h2.getMethod("setURL", String.class).invoke(dataSource, "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
        run("jdbc", JdbcAccountStorage.migrate(dataSource));
    }

    private static void run(String name, AccountStorage storage) {
        AccountKit kit = AccountKit.builder().storage(storage)
                .passwordHashing(Argon2PasswordHashing.withCost(1024, 1, 1)).clock(Clock.systemUTC())
                .articleCatalog((customer, number) -> java.util.Optional.of(new Article(number, "Persmachine",
                        Money.euro("1450.00"), new java.math.BigDecimal("21"))))
                .build();
        Actor.UserActor petra = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                new RegisterCustomerAccountCommand("100234", "Installatiebedrijf Jansen B.V.", "12345678",
                        "NL123456789B01", new AddressFields("Jansen B.V.", "Industrieweg", "12", "3542 AD",
                                "Utrecht", Country.NL), ZoneId.of("Europe/Amsterdam"), "petra@jansen.example",
                        "Petra Inkoop", "Werkplaats-2026!")).administratorActor();
        Actor.UserActor jan = petra.colleague(kit.addUser().add(petra, new AddUserCommand("jan@jansen.example",
                "Jan de Monteur", Role.USER, EnumSet.of(Right.PLACE_ORDERS), "Boormachine-123")));
        ApprovalOutcome outcome = kit.submitOrder().submit(jan, new SubmitOrderCommand(
                List.of(new CartLine("PERS-V15", 1))));
        try {
            kit.addUser().add(petra, new AddUserCommand("jan@localhost", "", Role.USER, Set.of(), "kort"));
            System.out.println(name + ": invalid command accepted");
        } catch (InvalidCommand refused) {
            System.out.println(name + ": placed " + (outcome instanceof ApprovalOutcome.PlacedDirectly)
                    + ", refused " + refused.fields());
        }
    }
}
