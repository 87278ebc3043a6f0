package org.accountkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Moments and decimals written as text for the submission's statement read back as what they were. */
class MomentTextProperties {

    private static final DateTimeFormatter POSTGRES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSx");
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
    private static final long FIRST = -62_135_596_800L;
    private static final long LAST = 253_402_300_799L;

    @Property(tries = 3_000)
    void a_moment_in_microseconds_reads_back_as_itself(
            @ForAll @LongRange(min = FIRST, max = LAST) long second,
            @ForAll @LongRange(min = 0, max = 999_999) long micros) {
        OffsetDateTime moment = Instant.ofEpochSecond(second, micros * 1000).atOffset(ZoneOffset.UTC);

        String text = Rows.text(moment);

        assertThat(OffsetDateTime.parse(text, POSTGRES)).isEqualTo(moment);
    }

    @Example
    void moments_the_text_cannot_hold_exactly_are_left_to_the_driver() {
        Instant moment = Instant.parse("2026-12-02T08:30:00.123456Z");

        assertThat(Rows.text(moment.plusNanos(1).atOffset(ZoneOffset.UTC))).isNull();
        assertThat(Rows.text(moment.atOffset(ZoneOffset.ofHours(1)))).isNull();
        assertThat(Rows.text(Instant.ofEpochSecond(LAST + 1).atOffset(ZoneOffset.UTC))).isNull();
        assertThat(Rows.text(Instant.ofEpochSecond(FIRST - 1).atOffset(ZoneOffset.UTC))).isNull();
        assertThat(Rows.text(moment.atOffset(ZoneOffset.UTC))).isEqualTo("2026-12-02 08:30:00.123456+00");
    }

    @Example
    void every_moment_of_a_statement_goes_as_its_own_text() {
        OffsetDateTime placed = Instant.parse("2026-12-02T08:30:00.123456Z").atOffset(ZoneOffset.UTC);
        OffsetDateTime used = Instant.parse("2026-12-02T08:30:00.123457Z").atOffset(ZoneOffset.UTC);
        OffsetDateTime tooFine = placed.plusNanos(1);
        Object[] parameters = {placed, placed, tooFine, used, placed};

        Rows.asText(parameters);

        assertThat(parameters).containsExactly("2026-12-02 08:30:00.123456+00", "2026-12-02 08:30:00.123456+00",
                tooFine, "2026-12-02 08:30:00.123457+00", "2026-12-02 08:30:00.123456+00");
    }

    @Example
    void decimals_go_as_their_plain_text_and_absurd_ones_as_they_are() {
        Object[] parameters = {new BigDecimal("12.50"), new BigDecimal("1E+3"), new BigDecimal("1E+100"), "text",
            null};

        Rows.asText(parameters);

        assertThat(parameters).containsExactly("12.50", "1000", new BigDecimal("1E+100"), "text", null);
    }
}
