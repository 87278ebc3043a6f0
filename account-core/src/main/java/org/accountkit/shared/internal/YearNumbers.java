package org.accountkit.shared.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.ToLongFunction;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.CustomerAccounts;

/**
 * Readable numbers per kind and year within a customer number ({@code RT-2026-000123}, {@code OF-2026-000007}), and
 * the customer number's today. A number is the count of that kind's numbers in the year plus one; the store's key
 * refuses a number taken at the same moment, and the caller draws again.
 */
public final class YearNumbers {

    private YearNumbers() {
    }

    /**
     * The next number of {@code kind} in the year of {@code now} (UTC).
     *
     * @param counted how many numbers start with the given prefix, e.g. {@code RT-2026-}
     */
    public static String next(String kind, Instant now, ToLongFunction<String> counted) {
        String prefix = kind + "-" + LocalDate.ofInstant(now, ZoneOffset.UTC).getYear() + "-";
        return prefix + String.format("%06d", counted.applyAsLong(prefix) + 1);
    }

    /** Today in the customer number's time zone (UTC for a customer number that is not stored). */
    public static LocalDate today(CustomerAccounts accounts, CustomerNumber customerNumber, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), accounts.find(customerNumber)
                .map(CustomerAccountSnapshot::timeZone).orElse(ZoneOffset.UTC));
    }
}
