package org.uptake.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte encoding of stored blocks: unsigned and zig-zag varints, raw longs and length-prefixed
 * UTF-8, written into a growing array and read back with a cursor. Varints because most stored
 * numbers (ids, time deltas, day numbers) are small. Public for the other kept forms (account.KeptCounts).
 */
public final class BlockBytes {

    private byte[] bytes;
    private int size;

    public BlockBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public int size() {
        return size;
    }

    /** Lets go of the room not written yet (for bytes kept a while). */
    public void trim() {
        if (bytes.length > size) {
            bytes = Arrays.copyOf(bytes, Math.max(16, size));
        }
    }

    /** A reader of what was written so far, from {@code at}, without copying it. */
    public Reader reader(int at) {
        return new Reader(bytes, at);
    }

    /** Appends {@code length} bytes of {@code from} as they are (bytes another block wrote). */
    void writeRaw(byte[] from, int offset, int length) {
        room(length);
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    public byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    void clear() {
        size = 0;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    public void writeByte(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    public void writeVarint(long v) {
        room(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    public void writeSigned(long v) {
        writeVarint((v << 1) ^ (v >> 63));
    }

    public void writeLong(long v) {
        room(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (v >>> (8 * i));
        }
    }

    /** Null is written as 0, a string as its UTF-8 length + 1 and its bytes. */
    public void writeString(String s) {
        if (s == null) {
            writeVarint(0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(utf8.length + 1L);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** Reads what {@link BlockBytes} wrote. */
    public static final class Reader {
        private final byte[] bytes;
        int position;

        public Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        public int readByte() {
            return bytes[position++] & 0xFF;
        }

        public long readVarint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[position++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        public int readInt() {
            return (int) readVarint();
        }

        public long readSigned() {
            long v = readVarint();
            return (v >>> 1) ^ -(v & 1);
        }

        public long readLong() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (bytes[position++] & 0xFFL) << (8 * i);
            }
            return v;
        }

        public String readString() {
            int length = readInt();
            if (length == 0) {
                return null;
            }
            String s = new String(bytes, position, length - 1, StandardCharsets.UTF_8);
            position += length - 1;
            return s;
        }

        /** Passes over {@code count} varints without decoding them (a block's other people). */
        public void skipVarints(int count) {
            int left = count;
            while (left > 0) {
                if (bytes[position++] >= 0) {
                    left--;
                }
            }
        }

        void skipString() {
            int length = readInt();
            if (length > 0) {
                position += length - 1;
            }
        }
    }
}
