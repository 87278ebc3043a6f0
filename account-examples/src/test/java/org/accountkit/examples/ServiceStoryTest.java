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
import org.accountkit.spi.AccountStorage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The seed's service page so far, as the demo tells it, on memory and on H2 alike. */
class ServiceStoryTest {

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);

    @Test
    void night_delivery_stickers_crates_a_repair_a_return_and_a_refused_warranty_claim_in_memory() {
        assertThat(tell(new InMemoryAccountStorage())).contains(
                "A. Daan asks for return stickers: Nachtbezorging is niet actief voor dit klantnummer",
                "Daan now sees AvailableServices[returnsAndService=true, nightDelivery=true, returnStickers=true, "
                        + "cratePickup=true]",
                "as RP-2026-000001: RESOLVED, REPAIRED - Drukschakelaar vervangen",
                "D. Daan returns 2 boxes of screws as RT-2026-000001; 5 more are refused: Order BALIE-2026-0412, "
                        + "regel 2: er kunnen nog maar 4 retour",
                "Customer service receives and credits it: RESOLVED, CREDITED, worth EUR 25.00",
                "E. Daan claims warranty for a drill of two years ago: Artikel BOOR-18V is geleverd op 2024-02-10; "
                        + "de garantie liep tot en met 2026-02-09. Meld het aan als reparatie.",
                "the requests: [4 CRATE_PICKUP ENDED, 10 RETURN_STICKERS FULFILLED]");
    }

    @Test
    void the_same_story_on_h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:service-story;DB_CLOSE_DELAY=-1");
        assertThat(tell(JdbcAccountStorage.migrate(h2))).isEqualTo(tell(new InMemoryAccountStorage()));
    }

    private static String tell(AccountStorage storage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ServiceStory(storage, Argon2PasswordHashing.withCost(1024, 1, 1), MONDAY_MORNING,
                new PrintStream(out, true, StandardCharsets.UTF_8)).tell();
        return out.toString(StandardCharsets.UTF_8);
    }
}
