package org.accountkit.outbox.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountkit.approval.ApprovalEscalated;
import org.accountkit.approval.ApprovalGiven;
import org.accountkit.approval.ApprovalRulesChanged;
import org.accountkit.approval.ApproversReminded;
import org.accountkit.approval.OrderApproved;
import org.accountkit.approval.OrderAwaitingApproval;
import org.accountkit.approval.OrderExpired;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.OrderRejected;
import org.accountkit.approval.OrderWithdrawn;
import org.accountkit.budget.ApprovalRequirementChanged;
import org.accountkit.budget.BudgetRemoved;
import org.accountkit.budget.BudgetSet;
import org.accountkit.lists.ArticleListChanged;
import org.accountkit.ordering.OrderLine;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.quote.QuoteMoved;
import org.accountkit.quote.QuoteRequested;
import org.accountkit.service.NightDeliveryCancelled;
import org.accountkit.service.NightDeliveryStarted;
import org.accountkit.service.ServiceCaseMoved;
import org.accountkit.service.ServiceCaseRegistered;
import org.accountkit.service.ServiceRequestFulfilled;
import org.accountkit.service.ServiceRequested;
import org.accountkit.shared.Money;

/**
 * Writes what leaves through the effect outbox (domain events and placed orders, all records of records, enums and
 * plain values) as JSON text, and reads it back equal to what was written. Only the types listed here are read back:
 * a payload can never make the library build anything else. Every character outside printable ASCII is written as a
 * {@code \\u} escape, so that any store keeps the text literally, whatever its encoding.
 */
final class EffectCodec {

    /** Every type that can leave through the outbox, by the name stored with it. */
    static final Map<String, Class<? extends Record>> TYPES = Stream.of(
            OrderPlaced.class, OrderAwaitingApproval.class, ApprovalGiven.class, OrderApproved.class,
            OrderRejected.class, OrderWithdrawn.class, OrderExpired.class, ApproversReminded.class,
            ApprovalEscalated.class, ApprovalRulesChanged.class, BudgetSet.class, BudgetRemoved.class,
            ApprovalRequirementChanged.class, ArticleListChanged.class, QuoteRequested.class, QuoteMoved.class,
            ServiceCaseRegistered.class, ServiceCaseMoved.class, ServiceRequested.class,
            ServiceRequestFulfilled.class, NightDeliveryStarted.class, NightDeliveryCancelled.class,
            PlacedOrder.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /**
     * A record type's components and canonical constructor, looked up once per type: for writing, each component's
     * accessor as a method handle taking and answering {@code Object}, and its JSON key with the comma before it.
     */
    private record Shape(RecordComponent[] components, MethodHandle[] getters, String[] keys, String[] names,
            Constructor<?> canonical) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] getters = new MethodHandle[components.length];
            String[] keys = new String[components.length];
            String[] names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            MethodType generic = MethodType.methodType(Object.class, Object.class);
            for (int index = 0; index < components.length; index++) {
                try {
                    getters[index] = MethodHandles.lookup().unreflect(components[index].getAccessor())
                            .asType(generic);
                } catch (IllegalAccessException impossible) {
                    throw new IllegalStateException("a record component the outbox cannot read: "
                            + components[index], impossible);
                }
                names[index] = components[index].getName();
                keys[index] = (index == 0 ? "\"" : ",\"") + names[index] + "\":";
                types[index] = components[index].getType();
            }
            try {
                return new Shape(components, getters, keys, names, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException impossible) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, impossible);
            }
        }
    };

    private EffectCodec() {
    }

    /** The name {@code value} is stored under. */
    static String type(Record value) {
        String name = value.getClass().getSimpleName();
        if (TYPES.get(name) != value.getClass()) {
            throw new IllegalArgumentException(value.getClass() + " cannot leave through the outbox");
        }
        return name;
    }

    /** {@code value} as JSON text. */
    static String encode(Record value) {
        if (!(value instanceof PlacedOrder order)) {
            return encodeByComponents(value);
        }
        StringBuilder json = new StringBuilder(1024);
        writePlacedOrder(json, order);
        return json.toString();
    }

    /**
     * {@code value} as JSON text the general way, by its record components; {@link #encode} writes the same text
     * (a test compares them).
     */
    static String encodeByComponents(Record value) {
        StringBuilder json = new StringBuilder(1024);
        write(json, value);
        return json.toString();
    }

    /** The value {@code payload} holds, of the type stored as {@code type}. */
    static Object decode(String type, String payload) {
        Class<? extends Record> target = TYPES.get(type);
        if (target == null) {
            throw new IllegalArgumentException("unknown outbox payload type " + type);
        }
        Reader reader = new Reader(payload);
        Object tree = reader.value();
        reader.end();
        return read(target, tree);
    }

    // --- writing -----------------------------------------------------------------------------------------------

    /**
     * A placed order, written out by hand: every placement writes one to the outbox, where reading its components
     * through their method handles cost a tenth of the submission's time in the JVM. The text is that of
     * {@link #write}; the components are named in the order the record declares them.
     */
    private static void writePlacedOrder(StringBuilder json, PlacedOrder order) {
        json.append("{\"orderId\":\"").append(order.orderId()).append("\",\"customerNumber\":{\"value\":");
        string(json, order.customerNumber().value());
        json.append("},\"requester\":{\"value\":\"").append(order.requester().value()).append("\"},\"reference\":");
        string(json, order.reference());
        json.append(",\"lines\":[");
        List<OrderLine> lines = order.lines();
        for (int index = 0; index < lines.size(); index++) {
            OrderLine line = lines.get(index);
            json.append(index == 0 ? "{\"articleNumber\":" : ",{\"articleNumber\":");
            string(json, line.articleNumber());
            json.append(",\"description\":");
            string(json, line.description());
            json.append(",\"quantity\":").append(line.quantity()).append(",\"unitNetPrice\":");
            writeMoney(json, line.unitNetPrice());
            json.append(",\"vatRate\":\"").append(line.vatRate()).append("\"}");
        }
        json.append("],\"netTotal\":");
        writeMoney(json, order.netTotal());
        json.append(",\"placedAt\":\"");
        appendInstant(json, order.placedAt());
        json.append("\",\"afterApproval\":").append(order.afterApproval()).append('}');
    }

    private static void writeMoney(StringBuilder json, Money money) {
        json.append("{\"amount\":\"").append(money.amount()).append("\",\"currency\":\"").append(money.currency())
                .append("\"}");
    }

    private static void write(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Record record) {
            json.append('{');
            Shape shape = SHAPES.get(record.getClass());
            MethodHandle[] getters = shape.getters();
            String[] keys = shape.keys();
            for (int index = 0; index < getters.length; index++) {
                json.append(keys[index]);
                write(json, component(record, getters[index]));
            }
            json.append('}');
        } else if (value instanceof Instant moment) {
            json.append('"');
            appendInstant(json, moment);
            json.append('"');
        } else if (value instanceof BigDecimal || value instanceof UUID || value instanceof Currency
                || value instanceof LocalDate) {
            // their text is printable ASCII without quotes or backslashes
            json.append('"').append(value).append('"');
        } else if (value instanceof Enum<?> constant) {
            string(json, constant.name());
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof List<?> items && items instanceof RandomAccess) {
            json.append('[');
            for (int index = 0; index < items.size(); index++) {
                if (index > 0) {
                    json.append(',');
                }
                write(json, items.get(index));
            }
            json.append(']');
        } else if (value instanceof Collection<?> items) {
            json.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    json.append(',');
                }
                write(json, item);
                first = false;
            }
            json.append(']');
        } else if (value instanceof Optional<?> optional) {
            write(json, optional.orElse(null));
        } else {
            throw new IllegalArgumentException("the outbox cannot write a " + value.getClass());
        }
    }

    private static Object component(Record record, MethodHandle getter) {
        try {
            return getter.invokeExact((Object) record);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("reading a component of " + record.getClass() + " failed", failure);
        }
    }

    /** The last second of the year 9999: up to it, {@link Instant#toString()} writes four-digit years. */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;

    /**
     * Writes {@code moment} exactly as {@link Instant#toString()} does (which {@link Instant#parse} reads back),
     * without its formatter for moments from 1970 to the year 9999, where the outbox's moments lie.
     */
    static void appendInstant(StringBuilder json, Instant moment) {
        long seconds = moment.getEpochSecond();
        if (seconds < 0 || seconds > LAST_FOUR_DIGIT_SECOND) {
            json.append(moment);
            return;
        }
        long days = seconds / 86_400;
        int secondOfDay = (int) (seconds % 86_400);
        // days since 1970-01-01 to year, month and day (the civil calendar's algorithm, eras of 400 years)
        long shifted = days + 719_468;
        long era = shifted / 146_097;
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        digits(json, year, 4);
        json.append('-');
        digits(json, month, 2);
        json.append('-');
        digits(json, day, 2);
        json.append('T');
        digits(json, secondOfDay / 3_600, 2);
        json.append(':');
        digits(json, secondOfDay / 60 % 60, 2);
        json.append(':');
        digits(json, secondOfDay % 60, 2);
        int nano = moment.getNano();
        if (nano != 0) {
            json.append('.');
            if (nano % 1_000_000 == 0) {
                digits(json, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(json, nano / 1_000, 6);
            } else {
                digits(json, nano, 9);
            }
        }
        json.append('Z');
    }

    /** {@code value} (not negative) in {@code width} digits, with leading zeros. */
    private static void digits(StringBuilder json, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            json.append((char) ('0' + value / divisor % 10));
        }
    }

    private static int pow10(int exponent) {
        int power = 1;
        for (int index = 0; index < exponent; index++) {
            power *= 10;
        }
        return power;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void string(StringBuilder json, String text) {
        json.append('"');
        int plain = 0;
        while (plain < text.length() && isPlain(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            json.append(text).append('"');
            return;
        }
        json.append(text, 0, plain);
        for (int at = plain; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                        .append(HEX[c & 0xf]);
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    /** Printable ASCII other than the quote and the backslash: written as it is. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
    }

    // --- reading -----------------------------------------------------------------------------------------------

    private static Object read(Type type, Object tree) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type item = generic.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return Optional.ofNullable(tree == null ? null : read(item, tree));
            }
            List<Object> items = new ArrayList<>();
            for (Object element : cast(tree, List.class)) {
                items.add(read(item, element));
            }
            if (raw == List.class) {
                return items;
            }
            if (raw == Set.class) {
                return new LinkedHashSet<>(items);
            }
            throw new IllegalArgumentException("the outbox cannot read a " + generic);
        }
        if (tree == null) {
            return null;
        }
        Class<?> target = (Class<?>) type;
        if (target.isRecord()) {
            return record(target, cast(tree, Map.class));
        }
        if (target == boolean.class || target == Boolean.class) {
            return cast(tree, Boolean.class);
        }
        if (target == int.class || target == Integer.class) {
            return cast(tree, BigDecimal.class).intValueExact();
        }
        if (target == long.class || target == Long.class) {
            return cast(tree, BigDecimal.class).longValueExact();
        }
        String text = cast(tree, String.class);
        if (target.isEnum()) {
            return enumConstant(target, text);
        }
        if (target == String.class) {
            return text;
        } else if (target == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (target == Instant.class) {
            return Instant.parse(text);
        } else if (target == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (target == UUID.class) {
            return UUID.fromString(text);
        } else if (target == Currency.class) {
            return Currency.getInstance(text);
        }
        throw new IllegalArgumentException("the outbox cannot read a " + target);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> target, String name) {
        return Enum.valueOf((Class) target, name);
    }

    private static Object record(Class<?> target, Map<?, ?> fields) {
        Shape shape = SHAPES.get(target);
        RecordComponent[] components = shape.components();
        Object[] values = new Object[components.length];
        for (int index = 0; index < components.length; index++) {
            values[index] = read(components[index].getGenericType(), fields.get(shape.names()[index]));
        }
        try {
            return shape.canonical().newInstance(values);
        } catch (InstantiationException | IllegalAccessException failure) {
            throw new IllegalStateException("cannot rebuild a " + target, failure);
        } catch (InvocationTargetException refused) {
            throw new IllegalArgumentException("the outbox holds a " + target.getSimpleName()
                    + " that its type refuses", refused.getCause());
        }
    }

    private static <T> T cast(Object tree, Class<T> type) {
        if (!type.isInstance(tree)) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName() + " in an outbox payload, found "
                    + tree);
        }
        return type.cast(tree);
    }

    /** A reader of the JSON this codec writes: objects, arrays, strings, numbers, booleans and null. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object value() {
            char c = peek();
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 'n':
                    word("null");
                    return null;
                case 't':
                    word("true");
                    return Boolean.TRUE;
                case 'f':
                    word("false");
                    return Boolean.FALSE;
                default:
                    return number();
            }
        }

        void end() {
            if (at != text.length()) {
                throw broken();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> fields = new LinkedHashMap<>();
            at++;
            if (peek() == '}') {
                at++;
                return fields;
            }
            while (true) {
                String name = string();
                expect(':');
                fields.put(name, value());
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return fields;
                }
            }
        }

        private List<Object> array() {
            List<Object> items = new ArrayList<>();
            at++;
            if (peek() == ']') {
                at++;
                return items;
            }
            while (true) {
                items.add(value());
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return items;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = next();
                if (escaped == 'u') {
                    if (at + 4 > text.length()) {
                        throw broken();
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException notHex) {
                        throw broken();
                    }
                    at += 4;
                } else if (escaped == '"' || escaped == '\\' || escaped == '/') {
                    value.append(escaped);
                } else {
                    throw broken();
                }
            }
        }

        private BigDecimal number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return new BigDecimal(text.substring(start, at));
            } catch (NumberFormatException notANumber) {
                throw broken();
            }
        }

        private void word(String word) {
            if (!text.startsWith(word, at)) {
                throw broken();
            }
            at += word.length();
        }

        private void expect(char c) {
            if (next() != c) {
                throw broken();
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw broken();
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private IllegalArgumentException broken() {
            return new IllegalArgumentException("an outbox payload is not the JSON AccountKit writes, at character "
                    + at);
        }
    }
}
