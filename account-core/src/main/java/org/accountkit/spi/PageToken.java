package org.accountkit.spi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;

import org.accountkit.InvalidCommand;
import org.accountkit.shared.Messages;
import org.accountkit.shared.Moments;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.Text;
import org.accountkit.shared.Violation;

/**
 * The continuation of a page ({@link org.accountkit.shared.Page#next()}), as a store writes and reads it: the
 * position of the last item shown, in the overview's sort order, tagged with the overview it belongs to and
 * checked with a CRC. A store writes the position's values with {@link #writer}, and reads them back in the same
 * order with {@link #reader}, which refuses a continuation of another overview, a changed one and a made-up one
 * with {@link InvalidCommand} on {@code page.after}.
 *
 * <p>A continuation is not a secret and grants nothing: a store still filters every page by the customer number
 * of the actor, so a continuation taken from another customer number's overview shows only the actor's own rows.
 */
public final class PageToken {

    private static final int FORMAT = 1;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageToken() {
    }

    /** Starts the continuation of a page of {@code overview} (a name the store chooses per overview). */
    public static Writer writer(String overview) {
        return new Writer(overview);
    }

    /**
     * The position {@code request} continues after, for the store to read; {@code null} for the first page.
     *
     * @throws InvalidCommand when the continuation was not written for {@code overview}, or was changed
     */
    public static Reader reader(PageRequest request, String overview) {
        if (request.isFirst()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(request.after());
        } catch (IllegalArgumentException notBase64) {
            throw refused();
        }
        if (bytes.length < 5) {
            throw refused();
        }
        CRC32 check = new CRC32();
        check.update(bytes, 0, bytes.length - 4);
        if ((int) check.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            throw refused();
        }
        Reader reader = new Reader(new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4)));
        if (reader.read(() -> reader.in.readUnsignedByte()) != FORMAT || !overview.equals(reader.text())) {
            throw refused();
        }
        return reader;
    }

    private static InvalidCommand refused() {
        String key = "org.accountkit.PageToken.message";
        return new InvalidCommand(List.of(new Violation("page.after", key,
                Messages.validationText(Locale.ROOT, key).orElse(key),
                Messages.validationText(Messages.dutch(), key).orElse(key))));
    }

    /** Writes the values of a position, in order. */
    public static final class Writer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        private final DataOutputStream out = new DataOutputStream(bytes);

        private Writer(String overview) {
            write(() -> {
                out.writeByte(FORMAT);
                out.writeUTF(overview);
            });
        }

        /** Adds a text. */
        public Writer text(String value) {
            return write(() -> out.writeUTF(value));
        }

        /** Adds a number. */
        public Writer number(long value) {
            return write(() -> out.writeLong(value));
        }

        /** Adds an identifier. */
        public Writer uuid(UUID value) {
            return number(value.getMostSignificantBits()).number(value.getLeastSignificantBits());
        }

        /** Adds a date. */
        public Writer date(LocalDate value) {
            return number(value.toEpochDay());
        }

        /** Adds a moment, to the nanosecond. */
        public Writer moment(Instant value) {
            return write(() -> {
                out.writeLong(value.getEpochSecond());
                out.writeInt(value.getNano());
            });
        }

        /** The continuation. */
        public String token() {
            byte[] content = bytes.toByteArray();
            CRC32 check = new CRC32();
            check.update(content);
            byte[] whole = ByteBuffer.allocate(content.length + 4).put(content).putInt((int) check.getValue())
                    .array();
            return ENCODER.encodeToString(whole);
        }

        private Writer write(IoStep step) {
            try {
                step.run();
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            return this;
        }
    }

    /** Reads the values of a position, in the order they were written. */
    public static final class Reader {

        private final DataInputStream in;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        /** The next value, a text; only plain text, as AccountKit stores it, is read back. */
        public String text() {
            String value = read(in::readUTF);
            if (!Text.isPlain(value, true)) {
                throw refused();
            }
            return value;
        }

        /** The next value, a number. */
        public long number() {
            return read(in::readLong);
        }

        /** The next value, a number from {@code min} to {@code max}; any other is refused. */
        public long number(long min, long max) {
            long value = number();
            if (value < min || value > max) {
                throw refused();
            }
            return value;
        }

        /** The next value, a date; only one in the years AccountKit stores (1970 to 9999) is read back. */
        public LocalDate date() {
            return LocalDate.ofEpochDay(number(0, LocalDate.of(9999, 12, 31).toEpochDay()));
        }

        /** The next value, an identifier. */
        public UUID uuid() {
            return new UUID(number(), number());
        }

        /** The next value, a moment; only one AccountKit can store ({@link Moments}) is read back. */
        public Instant moment() {
            long seconds = number();
            int nanos = read(in::readInt);
            if (nanos < 0 || nanos > 999_999_999 || seconds < Moments.EARLIEST.getEpochSecond()
                    || seconds > Moments.LATEST.getEpochSecond()) {
                throw refused();
            }
            Instant moment = Instant.ofEpochSecond(seconds, nanos);
            if (!Moments.isStorable(moment)) {
                throw refused();
            }
            return moment;
        }

        private <T> T read(IoRead<T> value) {
            try {
                return value.read();
            } catch (IOException shorter) {
                throw refused();
            }
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface IoRead<T> {
        T read() throws IOException;
    }
}
