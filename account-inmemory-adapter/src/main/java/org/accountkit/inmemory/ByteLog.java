package org.accountkit.inmemory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records appended as bytes to large chunks: how the in-memory store keeps what no longer changes (closed orders,
 * audit records). Millions of records cost a few large arrays instead of millions of small objects, which the
 * garbage collector would otherwise copy and trace over and over. Not thread-safe: the store's lock guards it.
 */
final class ByteLog {

    private static final int CHUNK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final List<byte[]> chunks = new ArrayList<>();
    private int used;

    /** Appends what {@code record} holds and returns its address. */
    long append(Writer record) {
        if (chunks.isEmpty() || used + record.length > chunks.get(chunks.size() - 1).length) {
            chunks.add(new byte[Math.max(CHUNK, record.length)]);
            used = 0;
        }
        int chunk = chunks.size() - 1;
        System.arraycopy(record.bytes, 0, chunks.get(chunk), used, record.length);
        long address = ((long) chunk << 32) | used;
        used += record.length;
        return address;
    }

    /** Forgets the record at {@code address} and everything after it: undoes the latest appends. */
    void truncate(long address) {
        int chunk = (int) (address >>> 32);
        while (chunks.size() - 1 > chunk) {
            chunks.remove(chunks.size() - 1);
        }
        used = (int) address;
    }

    /** A reader positioned at the start of the record at {@code address}. */
    Reader read(long address) {
        return new Reader(chunks.get((int) (address >>> 32)), (int) address);
    }

    /** A long at {@code offset} bytes into the record at {@code address}, without a reader. */
    long longAt(long address, int offset) {
        return (long) LONGS.get(chunks.get((int) (address >>> 32)), (int) address + offset);
    }

    /** An int at {@code offset} bytes into the record at {@code address}, without a reader. */
    int intAt(long address, int offset) {
        return (int) INTS.get(chunks.get((int) (address >>> 32)), (int) address + offset);
    }

    /** A byte at {@code offset} bytes into the record at {@code address}, without a reader. */
    byte byteAt(long address, int offset) {
        return chunks.get((int) (address >>> 32))[(int) address + offset];
    }

    /** Builds one record; reused from record to record. */
    static final class Writer {

        private byte[] bytes = new byte[256];
        private int length;

        Writer reset() {
            length = 0;
            return this;
        }

        /** How many bytes the record has so far. */
        int length() {
            return length;
        }

        Writer writeByte(int value) {
            room(1);
            bytes[length++] = (byte) value;
            return this;
        }

        Writer writeInt(int value) {
            room(4);
            INTS.set(bytes, length, value);
            length += 4;
            return this;
        }

        Writer writeLong(long value) {
            room(8);
            LONGS.set(bytes, length, value);
            length += 8;
            return this;
        }

        /** A moment, or {@code null}, in 12 bytes. */
        Writer writeInstant(Instant value) {
            return value == null ? writeLong(Long.MIN_VALUE).writeInt(0)
                    : writeLong(value.getEpochSecond()).writeInt(value.getNano());
        }

        /**
         * A moment, or {@code null}, in one byte when it is absent or equal to {@code same} (a closed order's
         * moments mostly are its submission's), else in 13.
         */
        Writer writeMoment(Instant value, Instant same) {
            if (value == null) {
                return writeByte(0);
            }
            if (value.equals(same)) {
                return writeByte(1);
            }
            return writeByte(2).writeLong(value.getEpochSecond()).writeInt(value.getNano());
        }

        /**
         * A decimal exactly as it is, scale included: one whose unscaled value fits a long and whose scale fits a
         * byte (every amount and rate) in a kind byte, a scale byte and its unscaled value in 1 to 10 bytes.
         */
        Writer writeDecimal(BigDecimal value) {
            int scale = value.scale();
            if (value.precision() < 19 && scale >= Byte.MIN_VALUE && scale <= Byte.MAX_VALUE) {
                // at most 18 digits fit a long; moving the point makes the unscaled value without a BigInteger
                return writeByte(0).writeByte(scale).writeVarLong(value.scaleByPowerOfTen(scale).longValueExact());
            }
            byte[] big = value.unscaledValue().toByteArray();
            writeByte(1).writeInt(scale).writeInt(big.length);
            return writeBytes(big);
        }

        /** A number in 1 to 10 bytes, fewer the closer it is to zero (zigzag, then 7 bits a byte). */
        Writer writeVarLong(long value) {
            room(10);
            long bits = (value << 1) ^ (value >> 63);
            while ((bits & ~0x7FL) != 0) {
                bytes[length++] = (byte) ((bits & 0x7F) | 0x80);
                bits >>>= 7;
            }
            bytes[length++] = (byte) bits;
            return this;
        }

        /** A text, or {@code null}. */
        Writer writeString(String value) {
            if (value == null) {
                return writeInt(-1);
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            return writeBytes(utf8);
        }

        private Writer writeBytes(byte[] value) {
            room(value.length);
            System.arraycopy(value, 0, bytes, length, value.length);
            length += value.length;
            return this;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    /** Reads one record from its start, field by field. */
    static final class Reader {

        private final byte[] chunk;
        private int position;

        private Reader(byte[] chunk, int position) {
            this.chunk = chunk;
            this.position = position;
        }

        Reader skip(int bytes) {
            position += bytes;
            return this;
        }

        byte readByte() {
            return chunk[position++];
        }

        int readInt() {
            int value = (int) INTS.get(chunk, position);
            position += 4;
            return value;
        }

        long readLong() {
            long value = (long) LONGS.get(chunk, position);
            position += 8;
            return value;
        }

        Instant readInstant() {
            long seconds = readLong();
            int nanos = readInt();
            return seconds == Long.MIN_VALUE ? null : Instant.ofEpochSecond(seconds, nanos);
        }

        Instant readMoment(Instant same) {
            return switch (readByte()) {
                case 0 -> null;
                case 1 -> same;
                default -> {
                    long seconds = readLong();
                    yield Instant.ofEpochSecond(seconds, readInt());
                }
            };
        }

        BigDecimal readDecimal() {
            if (readByte() == 0) {
                int scale = readByte();
                return BigDecimal.valueOf(readVarLong(), scale);
            }
            int scale = readInt();
            byte[] big = new byte[readInt()];
            System.arraycopy(chunk, position, big, 0, big.length);
            position += big.length;
            return new BigDecimal(new BigInteger(big), scale);
        }

        long readVarLong() {
            long bits = 0;
            int shift = 0;
            byte next;
            do {
                next = chunk[position++];
                bits |= (long) (next & 0x7F) << shift;
                shift += 7;
            } while (next < 0);
            return (bits >>> 1) ^ -(bits & 1);
        }

        String readString() {
            int length = readInt();
            if (length < 0) {
                return null;
            }
            String value = new String(chunk, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
    }
}
