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

class QuoteStoryTest {

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);

    @Test
    void a_quote_from_the_cart_answered_and_ordered_once_and_one_cart_in_two_price_settings() {
        assertThat(tell(new InMemoryAccountStorage())).contains(
                "A. Tom asks a quote for his cart (a press tool and 10 boxes of screws): OF-2026-000001, REQUESTED",
                "B. Customer service answers it: EUR 1405.00 excl. VAT, valid 14 days; Tom's mail: [Uw offerte "
                        + "OF-2026-000001 is beantwoord: EUR 1405.00]",
                "C. Tom orders the quote: placed directly at the quoted prices; his budget has EUR 595.00 left",
                "Ordering it again: Offerte OF-2026-000001 is al besteld",
                "   1 x Persmachine V-profiel 15mm: list EUR 1695.00, yours EUR 1450.00 each, line EUR 1450.00",
                "   3 x Graszaad voor herstel sleuven, 1 kg: list EUR 6.50, yours EUR 4.95 each, line EUR 14.85",
                "   1 x Persmachine V-profiel 15mm: yours EUR 1754.50 each, line EUR 1754.50",
                "   3 x Graszaad voor herstel sleuven, 1 kg: yours EUR 5.40 each, line EUR 16.19",
                "   total EUR 1464.85 excl. VAT + VAT [9% EUR 1.34, 21% EUR 304.50] = EUR 1770.69");
    }

    @Test
    void the_same_story_on_h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:quote-story;DB_CLOSE_DELAY=-1");
        assertThat(tell(JdbcAccountStorage.migrate(h2))).isEqualTo(tell(new InMemoryAccountStorage()));
    }

    private static String tell(AccountStorage storage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QuoteStory(storage, Argon2PasswordHashing.withCost(1024, 1, 1), MONDAY_MORNING,
                new PrintStream(out, true, StandardCharsets.UTF_8)).tell();
        return out.toString(StandardCharsets.UTF_8);
    }
}
