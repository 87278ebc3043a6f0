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

/** The seed's order pages fed by the ERP, as the demo tells them, on memory and on H2 alike. */
class OrdersStoryTest {

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);

    @Test
    void the_erp_feeds_the_order_pages_in_memory() {
        assertThat(tell(new InMemoryAccountStorage())).contains(
                "A. Tim orders screws and cable on his budget; the order goes to the ERP: EUR 75.00",
                "Tim's budget after the cancellation: spent EUR 56.25",
                "Sanne's order overview: [ORD-88001 WEBSHOP DELIVERED EUR 75.00, TEL-88002 PHONE OPEN EUR 199.00]",
                "Tim sees only his own: [ORD-88001]",
                "Open order lines: [TEL-88002/1 1x Accuboormachine 18V expected 2026-03-04]",
                "Shipment ZEND-1: DHL https://www.dhl.com/nl-nl/home/tracking/tracking-parcel.html?tracking-id=JVGL0512345678",
                "Open invoices: [F-2026-0412 outstanding EUR 18.06]; owed in total [EUR 18.06], overdue [EUR 0.00]");
    }

    @Test
    void the_erp_feeds_the_order_pages_on_h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:orders-story;DB_CLOSE_DELAY=-1");
        String told = tell(JdbcAccountStorage.migrate(h2));
        assertThat(told).isEqualTo(tell(new InMemoryAccountStorage()));
    }

    private static String tell(AccountStorage storage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OrdersStory(storage, Argon2PasswordHashing.withCost(1024, 1, 1), MONDAY_MORNING,
                new PrintStream(out, true, StandardCharsets.UTF_8)).tell();
        return out.toString(StandardCharsets.UTF_8);
    }
}
