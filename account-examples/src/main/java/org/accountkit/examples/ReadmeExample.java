package org.accountkit.examples;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;

import javax.sql.DataSource;

import org.accountkit.AccountKit;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/** The embedding example of the README, verbatim between the markers; {@code ReadmeExampleTest} runs it. */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /**
     * Registers a customer number on {@code dataSource} and lets its administrator add a mechanic.
     *
     * @return the mechanic, as the actor to pass to use cases
     */
    public static Actor.UserActor embed(DataSource dataSource) {
        // README:start
        AccountKit kit = AccountKit.builder()
                .storage(JdbcAccountStorage.migrate(dataSource))   // or new InMemoryAccountStorage()
                .passwordHashing(new Argon2PasswordHashing())
                .clock(Clock.systemUTC())
                .build();

        // The wholesaler's customer service opens customer number 100234 with its first administrator.
        Actor.UserActor petra = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                new RegisterCustomerAccountCommand("100234", "Installatiebedrijf Jansen B.V.", "12345678",
                        "NL123456789B01",
                        new AddressFields("Jansen B.V.", "Industrieweg", "12", "3542 AD", "Utrecht", Country.NL),
                        ZoneId.of("Europe/Amsterdam"), "petra@jansen.example", "Petra Inkoop",
                        "Werkplaats-2026!"))
                .administratorActor();

        // Petra gives mechanic Jan his own login with the rights he needs.
        Actor.UserActor jan = petra.colleague(kit.addUser().add(petra, new AddUserCommand("jan@jansen.example",
                "Jan de Monteur", Role.USER, EnumSet.of(Right.PLACE_ORDERS, Right.SEE_PRICES),
                "Boormachine-123")));
        // README:end
        return jan;
    }
}
