package org.accountkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AccountStorage;
import org.accountkit.testkit.Pages;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The demo's story, run as a test so that the demo cannot rot. */
class MyAccountStoryTest {

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);

    @Test
    void the_demo_tells_the_story_on_h2_through_the_jdbc_adapter() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:story-test;DB_CLOSE_DELAY=-1");
        AccountStorage storage = JdbcAccountStorage.migrate(h2);

        String story = tell(storage);

        assertThat(story).contains(
                "Petra logs in with her own e-mail address (any case): ADMINISTRATOR",
                "user overview: Jan de Monteur <jan@jansen.example> USER [PLACE_ORDERS, SEE_PRICES, REGISTER_RETURNS_AND_SERVICE]",
                "Jan opens the user overview -> refused: Not permitted: this needs the right to manage users.",
                "primary  Bouwplaats Antwerpen: Project Schelde, Kaaiplein 3, 2000 Antwerpen, BE",
                "Werkplaats: Jansen werkplaats, Industrieweg 12, 3542 AD Utrecht, NL",
                "Jan sees prices INCLUDING_VAT, NET; Petra keeps the default EXCLUDING_VAT, BOTH",
                "promotions: OptedIn[at=2026-03-02T08:30:00Z]",
                "address.postcode: is not a valid postcode for the chosen country / is geen geldige postcode voor het gekozen land",
                "label: must not be blank / mag niet leeg zijn",
                "addresses still saved: 2",
                "Karin removes Jan -> refused: No such user. / Niet gevonden: gebruiker.",
                "Karin removes a user who does not exist -> refused: No such user. / Niet gevonden: gebruiker.",
                "the last administrator of the customer number");
    }

    @Test
    void the_story_leaves_the_same_state_in_memory() {
        InMemoryAccountStorage storage = new InMemoryAccountStorage();

        MyAccountStory.Outcome outcome = new MyAccountStory(storage, Argon2PasswordHashing.withCost(1024, 1, 1),
                MONDAY_MORNING, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).tell();

        assertThat(storage.users().list(outcome.customerNumber(), PageRequest.first(10)).items()).hasSize(2);
        assertThat(storage.addressBooks().find(outcome.customerNumber()).orElseThrow().addresses())
                .filteredOn(saved -> saved.primary()).extracting(saved -> saved.id())
                .containsExactly(outcome.primaryAddress());
        assertThat(storage.users().find(outcome.customerNumber(), outcome.mechanic()).orElseThrow().priceDisplay()
                .vat().name())
                .isEqualTo("INCLUDING_VAT");
        assertThat(Pages.all(page -> storage.auditTrail().list(outcome.customerNumber(), page))).hasSize(7);
    }

    private static String tell(AccountStorage storage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MyAccountStory(storage, Argon2PasswordHashing.withCost(1024, 1, 1), MONDAY_MORNING,
                new PrintStream(out, true, StandardCharsets.UTF_8)).tell();
        return out.toString(StandardCharsets.UTF_8);
    }
}
