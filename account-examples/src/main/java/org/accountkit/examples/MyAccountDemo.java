package org.accountkit.examples;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.spi.AccountStorage;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Runs {@link MyAccountStory} on an embedded database: H2 in memory through the JDBC adapter and its Flyway
 * migrations (the default), or the in-memory adapter with the argument {@code inmemory}. Nothing to install.
 */
public final class MyAccountDemo {

    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private MyAccountDemo() {
    }

    /**
     * @param args {@code h2} (default) or {@code inmemory}
     */
    public static void main(String[] args) {
        FLYWAY.setLevel(Level.WARNING);
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        String store = args.length > 0 ? args[0] : "h2";
        AccountStorage storage = switch (store) {
            case "inmemory" -> new InMemoryAccountStorage();
            case "h2" -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:accountkit-demo;DB_CLOSE_DELAY=-1");
                yield JdbcAccountStorage.migrate(h2);
            }
            default -> throw new IllegalArgumentException("unknown store " + store + "; use h2 or inmemory");
        };
        System.out.println("AccountKit demo on " + (store.equals("h2") ? "H2 (JDBC adapter, Flyway)" : "memory"));
        new MyAccountStory(storage, new Argon2PasswordHashing(), Clock.systemUTC(), System.out).tell();
        System.out.println();
        System.out.println("Budgets and order approval");
        new ApprovalStory(storage, new Argon2PasswordHashing(), Clock.systemUTC(), System.out).tell();
        System.out.println();
        System.out.println("Orders, shipments and invoices, fed by the ERP");
        new OrdersStory(storage, new Argon2PasswordHashing(), Clock.systemUTC(), System.out).tell();
        System.out.println();
        System.out.println("Service: night delivery, stickers and crates, a repair, a return, a warranty claim");
        new ServiceStory(storage, new Argon2PasswordHashing(), Clock.systemUTC(), System.out).tell();
        System.out.println();
        System.out.println("Quotes, and prices in each user's setting");
        new QuoteStory(storage, new Argon2PasswordHashing(), Clock.systemUTC(), System.out).tell();
    }
}
