package org.accountkit.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.Country;

/**
 * The VAT table, as data: rows of country, category, first day and rate. A rate change on a date is a row, not a
 * release: {@code VatRates.defaults().with(new VatRate(Country.NL, VatCategory.REDUCED, LocalDate.of(2027, 1, 1),
 * new BigDecimal("10")))}. The defaults ({@code vat-rates.csv} beside this class) hold the Netherlands (21, 9, 0),
 * Belgium (21, 12, 6, 0) and Germany (19, 7, 0, with the lowered rates of the second half of 2020).
 */
public final class VatRates {

    private static final String DEFAULTS = "vat-rates.csv";

    private final List<VatRate> rows;

    private VatRates(List<VatRate> rows) {
        this.rows = rows.stream().sorted(Comparator.comparing(VatRate::from)).toList();
    }

    /** The rows shipped with AccountKit. */
    public static VatRates defaults() {
        try (InputStream in = VatRates.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the AccountKit jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * A table of the given rows, e.g. read from the host's own configuration: lines of {@code country;category;
     * first day;percent} such as {@code NL;STANDARD;2012-10-01;21}; empty lines and lines starting with {@code #} are
     * skipped.
     *
     * @throws IllegalArgumentException naming the line that is not a row
     */
    public static VatRates parse(List<String> lines) {
        List<VatRate> rows = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(";");
            try {
                if (fields.length != 4) {
                    throw new IllegalArgumentException("four fields expected");
                }
                rows.add(new VatRate(Country.valueOf(fields[0].strip()), VatCategory.valueOf(fields[1].strip()),
                        LocalDate.parse(fields[2].strip()), new BigDecimal(fields[3].strip())));
            } catch (RuntimeException notARow) {
                throw new IllegalArgumentException("VAT table line " + (index + 1) + " is not a row ("
                        + notARow.getMessage() + "): " + line, notARow);
            }
        }
        return new VatRates(rows);
    }

    /** This table with one more row: a new rate from its day on, or a correction of a row of the same day. */
    public VatRates with(VatRate row) {
        Objects.requireNonNull(row, "row");
        List<VatRate> next = new ArrayList<>(rows.stream().filter(existing -> !(existing.country() == row.country()
                && existing.category() == row.category() && existing.from().equals(row.from()))).toList());
        next.add(row);
        return new VatRates(next);
    }

    /** The rate of {@code category} in {@code country} on {@code day}; empty before the table's first row for it. */
    public Optional<BigDecimal> rate(Country country, VatCategory category, LocalDate day) {
        Objects.requireNonNull(day, "day");
        VatRate found = null;
        for (VatRate row : rows) {
            if (row.country() == country && row.category() == category && !row.from().isAfter(day)) {
                found = row;
            }
        }
        return Optional.ofNullable(found).map(VatRate::percent);
    }

    /** Every row, oldest first. */
    public List<VatRate> rows() {
        return rows;
    }
}
