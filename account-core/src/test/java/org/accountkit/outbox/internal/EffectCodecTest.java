package org.accountkit.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

class EffectCodecTest {

    /** Text a host might type: quotes, backslashes, accents, an emoji, a lone surrogate, control characters. */
    private static final String TRICKY = "Zeeuws \"meisje\" \\ caf\u00e9 \ud83d\ude00 \ud800 \u0000\t\n}{],:";

    @Test
    void every_domain_event_of_the_library_can_leave_through_the_outbox() {
        List<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.accountkit").stream()
                .filter(type -> type.isAssignableTo(DomainEvent.class) && !type.isInterface())
                .map(JavaClass::getName).toList();

        assertThat(events).hasSizeGreaterThan(20);
        assertThat(EffectCodec.TYPES.values().stream().map(Class::getName))
                .containsAll(events).contains(PlacedOrder.class.getName());
    }

    @Test
    void every_type_reads_back_equal_to_what_was_written_with_tricky_text_and_with_empty_parts() {
        for (Class<? extends Record> type : EffectCodec.TYPES.values()) {
            for (boolean full : List.of(true, false)) {
                Record value = (Record) sample(type, full);
                String payload = EffectCodec.encode(value);

                assertThat(payload).as(type.getSimpleName()).matches("[\\x20-\\x7e]*");
                assertThat(EffectCodec.decode(EffectCodec.type(value), payload)).as(type.getSimpleName())
                        .isEqualTo(value);
            }
        }
    }

    @Test
    void a_placed_order_written_by_hand_reads_as_written_by_its_components() {
        for (boolean full : List.of(true, false)) {
            PlacedOrder order = (PlacedOrder) sample(PlacedOrder.class, full);

            assertThat(EffectCodec.encode(order)).isEqualTo(EffectCodec.encodeByComponents(order));
        }
        PlacedOrder plain = (PlacedOrder) sample(PlacedOrder.class, true);
        PlacedOrder withoutLines = new PlacedOrder(plain.orderId(), plain.customerNumber(), plain.requester(), "",
                List.of(), plain.netTotal(), Instant.parse("2026-12-01T10:00:00Z"), true);
        assertThat(EffectCodec.encode(withoutLines)).isEqualTo(EffectCodec.encodeByComponents(withoutLines));
    }

    @Property(tries = 3000)
    void a_moment_is_written_as_java_writes_it_so_that_it_reads_back_equal(
            @ForAll @LongRange(min = -100_000_000_000L, max = 400_000_000_000L) long seconds,
            @ForAll("nanos") int nano) {
        Instant moment = Instant.ofEpochSecond(seconds, nano);
        StringBuilder written = new StringBuilder();

        EffectCodec.appendInstant(written, moment);

        assertThat(written.toString()).isEqualTo(moment.toString());
        assertThat(Instant.parse(written)).isEqualTo(moment);
    }

    @Test
    void the_edges_of_the_calendar_are_written_as_java_writes_them() {
        for (Instant moment : List.of(Instant.EPOCH, Instant.parse("1970-12-31T23:59:59.999Z"),
                Instant.parse("2000-02-29T00:00:00Z"), Instant.parse("2024-02-29T12:00:00.000001Z"),
                Instant.parse("2100-03-01T00:00:00.000000001Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59.5Z"), Instant.MIN,
                Instant.MAX)) {
            StringBuilder written = new StringBuilder();
            EffectCodec.appendInstant(written, moment);
            assertThat(written.toString()).isEqualTo(moment.toString());
        }
    }

    /** Nanoseconds as clocks give them: whole milliseconds, whole microseconds, any, and none. */
    @Provide
    Arbitrary<Integer> nanos() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 999).map(millis -> millis * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(micros -> micros * 1_000),
                Arbitraries.integers().between(0, 999_999_999), Arbitraries.just(0));
    }

    @Test
    void a_payload_builds_only_the_types_listed_and_only_from_the_json_it_writes() {
        assertThatThrownBy(() -> EffectCodec.decode("ProcessBuilder", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
        assertThatThrownBy(() -> EffectCodec.decode("ApprovalRulesChanged", "{\"customerNumber\":"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EffectCodec.decode("ApprovalRulesChanged", "{} trailing"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EffectCodec.decode("ApprovalRulesChanged",
                "{\"customerNumber\":{\"value\":\"not a customer number\"},\"occurredAt\":\"2026-12-01T10:00:00Z\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refuses");
    }

    /**
     * A value of {@code type}: records built from their components, with tricky text where a type accepts it
     * ({@code full}), or with empty collections, absent optionals and nulls where it accepts those.
     */
    private static Object sample(Type type, boolean full) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type item = generic.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return full ? Optional.of(sample(item, true)) : Optional.empty();
            }
            List<Object> items = new ArrayList<>();
            if (full) {
                items.add(sample(item, true));
                if (item instanceof Class<?> constant && constant.isEnum()) {
                    items.add(constant.getEnumConstants()[constant.getEnumConstants().length - 1]);
                }
            }
            return raw == Set.class ? new LinkedHashSet<>(items) : items;
        }
        Class<?> target = (Class<?>) type;
        if (target == CustomerNumber.class) {
            return new CustomerNumber("100234");
        } else if (target == EmailAddress.class) {
            return new EmailAddress("jan@jansen-installatie.nl");
        } else if (target == String.class) {
            return full ? TRICKY : "";
        } else if (target == boolean.class) {
            return full;
        } else if (target == int.class) {
            return full ? 3 : 0;
        } else if (target == long.class) {
            return 7L;
        } else if (target == BigDecimal.class) {
            return full ? new BigDecimal("12.50") : new BigDecimal("0");
        } else if (target == Instant.class) {
            return Instant.parse("2026-12-01T10:15:30.123456Z");
        } else if (target == LocalDate.class) {
            return LocalDate.of(2026, 12, 1);
        } else if (target == UUID.class) {
            return UUID.fromString("0b9c5a3e-1f0d-4c1e-9a55-3f3c2d7d1a10");
        } else if (target == Currency.class) {
            return Currency.getInstance("EUR");
        } else if (target.isEnum()) {
            return target.getEnumConstants()[0];
        } else if (target.isRecord()) {
            return record(target, full);
        }
        throw new IllegalArgumentException("no sample of " + target);
    }

    /** The record from samples of its components; when it refuses tricky or empty parts, from plainer ones. */
    private static Object record(Class<?> target, boolean full) {
        for (int plainness = 0; plainness < 3; plainness++) {
            RecordComponent[] components = target.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int index = 0; index < components.length; index++) {
                types[index] = components[index].getType();
                Type generic = components[index].getGenericType();
                values[index] = plainness == 0 ? sample(generic, full)
                        : types[index] == String.class ? (plainness == 1 ? "Kees" : "100234")
                        : sample(generic, true);
            }
            try {
                return target.getDeclaredConstructor(types).newInstance(values);
            } catch (InvocationTargetException refused) {
                // try plainer parts
            } catch (ReflectiveOperationException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        throw new IllegalStateException("no sample of " + target + " is accepted");
    }
}
