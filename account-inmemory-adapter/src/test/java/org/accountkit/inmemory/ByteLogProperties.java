package org.accountkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ByteLogProperties {

    private final ByteLog log = new ByteLog();

    @Property(tries = 2000)
    void a_decimal_reads_back_exactly_with_its_scale(@ForAll("decimals") BigDecimal value,
            @ForAll("decimals") BigDecimal next) {
        long address = log.append(new ByteLog.Writer().writeDecimal(value).writeDecimal(next).writeByte(42));

        ByteLog.Reader reader = log.read(address);

        BigDecimal read = reader.readDecimal();
        assertThat(read).isEqualTo(value);
        assertThat(read.scale()).isEqualTo(value.scale());
        assertThat(reader.readDecimal()).isEqualTo(next);
        assertThat(reader.readByte()).isEqualTo((byte) 42);
    }

    @Property(tries = 2000)
    void a_number_reads_back_as_written(@ForAll long value, @ForAll long next) {
        long address = log.append(new ByteLog.Writer().writeVarLong(value).writeVarLong(next));

        ByteLog.Reader reader = log.read(address);

        assertThat(reader.readVarLong()).isEqualTo(value);
        assertThat(reader.readVarLong()).isEqualTo(next);
    }

    @Property(tries = 1000)
    void a_moment_reads_back_as_written_absent_equal_or_other(@ForAll("moments") Instant same,
            @ForAll("maybeMoments") Instant other) {
        long address = log.append(new ByteLog.Writer().writeMoment(null, same).writeMoment(same, same)
                .writeMoment(other, same).writeByte(7));

        ByteLog.Reader reader = log.read(address);

        assertThat(reader.readMoment(same)).isNull();
        assertThat(reader.readMoment(same)).isEqualTo(same);
        assertThat(reader.readMoment(same)).isEqualTo(other);
        assertThat(reader.readByte()).isEqualTo((byte) 7);
    }

    @Example
    void small_amounts_take_a_few_bytes_and_the_moment_of_submission_one() {
        ByteLog.Writer amount = new ByteLog.Writer().writeDecimal(new BigDecimal("12.50"));
        ByteLog.Writer moment = new ByteLog.Writer().writeMoment(Instant.EPOCH, Instant.EPOCH);

        assertThat(amount.length()).isEqualTo(4);
        assertThat(moment.length()).isEqualTo(1);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
                        BigInteger.valueOf(999_999_999_999_999_999L)));
        Arbitrary<Integer> scales = Arbitraries.oneOf(Arbitraries.integers().between(-3, 20),
                Arbitraries.of(-129, -128, 127, 128, Integer.MIN_VALUE + 1, Integer.MAX_VALUE));
        return unscaled.flatMap(number -> scales.map(scale -> new BigDecimal(number, scale)));
    }

    @Provide
    Arbitrary<Instant> moments() {
        return Arbitraries.oneOf(Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos))),
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
    }

    @Provide
    Arbitrary<Instant> maybeMoments() {
        return moments().injectNull(0.2);
    }
}
