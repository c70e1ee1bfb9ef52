package org.uptake.account;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.uptake.workspace.AccountStore.SegmentCounts;
import org.uptake.workspace.AccountStore.StoredAccount;

/**
 * Every account (as the accounts table held it), its counts of one day and the segments' adoption counts, as bytes to keep in the workspace and read
 * back: a compact binary form, because at 137,000 accounts a text form would take longer to read than to count.
 */
record KeptCounts(List<StoredAccount> accounts, Map<String, AccountCounts> counts, Map<String, SegmentCounts> segments) {

    KeptCounts {
        accounts = List.copyOf(accounts);
    }

    /** 5: whole numbers as varints and each account's counts beside it (a third of form 4's bytes, read in half the time). */
    private static final int FORMAT = 5;
    /** "UPTC": the first bytes of kept counts, so bytes of an older form are never taken for a length. */
    private static final int MAGIC = 0x55505443;

    /** The accounts with their counts (an account without counts is kept as such), and the segments; counts of no listed account are not kept. */
    byte[] encode(int features) {
        Out out = new Out(1 << 20);
        out.varint(FORMAT);
        out.varint(features);
        out.varint(AccountCounter.WEEKS);
        out.varint(accounts.size());
        for (StoredAccount a : accounts) {
            write(out, a);
            AccountCounts c = counts.get(a.id());
            out.bool(c != null);
            if (c != null) {
                write(out, c, features);
            }
        }
        out.varint(segments.size());
        for (Map.Entry<String, SegmentCounts> s : segments.entrySet()) {
            out.string(s.getKey());
            out.varint(s.getValue().people());
            out.varint(s.getValue().adopters().size());
            for (Map.Entry<String, Integer> f : s.getValue().adopters().entrySet()) {
                out.string(f.getKey());
                out.varint(f.getValue());
            }
        }
        // The plain length first, then the deflated bytes: reading allocates the buffer once, at its size.
        byte[] plain = out.bytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 4 + 16);
        try (DataOutputStream header = new DataOutputStream(bytes);
             DeflaterOutputStream deflating = new DeflaterOutputStream(header, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            header.writeInt(MAGIC);
            header.writeInt(FORMAT);
            header.writeInt(plain.length);
            deflating.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Out out, StoredAccount a) {
        out.string(a.id());
        out.string(a.name());
        out.bool(a.tier() != null);
        out.string(a.tier() == null ? "" : a.tier());
        out.decimal(a.arr());
        out.string(a.owner());
        out.day(a.churnedAt());
        out.day(a.arrChangeAt());
        out.bool(a.arrAfter().isPresent());
        out.decimal(a.arrAfter().orElse(0.0));
    }

    private static void write(Out out, AccountCounts c, int features) {
        for (int v : new int[] {c.people(), c.active(), c.previous(), c.struggling(), c.ticketsNow(), c.ticketsBefore()}) {
            out.varint(v);
        }
        for (int w : c.weekly()) {
            out.varint(w);
        }
        for (int i = 0; i < features; i++) {
            out.bool(c.adopted()[i]);
            out.varint(c.stopped()[i]);
            out.varint(c.still()[i]);
        }
        out.bool(c.lastOutreach().isPresent());
        if (c.lastOutreach().isPresent()) {
            AccountCounts.Outreach o = c.lastOutreach().get();
            out.string(o.campaignId());
            out.varlong(o.sentAt().getEpochSecond());
            out.varint(o.sentAt().getNano());
            out.varint(o.reached());
            out.varint(o.responded());
        }
    }

    /** The counts in {@code bytes}, or nothing when they were kept in another format, for another number of features, or damaged. */
    static Optional<KeptCounts> decode(byte[] bytes, int features) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            ByteBuffer header = ByteBuffer.wrap(bytes);
            if (bytes.length < 3 * Integer.BYTES || header.getInt() != MAGIC || header.getInt() != FORMAT) {
                return Optional.empty();
            }
            int size = header.getInt();
            if (size < 0 || size / 256 > bytes.length) {
                return Optional.empty(); // far more than these counts ever deflate to: not a length this class wrote
            }
            // Inflated whole into a buffer of the kept size, then read from it.
            byte[] plain = new byte[size];
            inflater.setInput(bytes, header.position(), bytes.length - header.position());
            int filled = 0;
            while (filled < plain.length && !inflater.finished()) {
                int n = inflater.inflate(plain, filled, plain.length - filled);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.empty();
                }
                filled += n;
            }
            if (filled < plain.length) {
                return Optional.empty();
            }
            In in = new In(plain);
            if (in.varint() != FORMAT || in.varint() != features || in.varint() != AccountCounter.WEEKS) {
                return Optional.empty();
            }
            int stored = in.varint();
            List<StoredAccount> accounts = new ArrayList<>(stored);
            Map<String, AccountCounts> counts = new HashMap<>(stored * 2);
            Map<String, String> same = new HashMap<>();
            for (int a = 0; a < stored; a++) {
                StoredAccount account = readAccount(in, same);
                accounts.add(account);
                if (in.bool()) {
                    counts.put(account.id(), read(in, features));
                }
            }
            int s = in.varint();
            Map<String, SegmentCounts> segments = new LinkedHashMap<>();
            for (int i = 0; i < s; i++) {
                String key = in.string();
                int people = in.varint();
                int f = in.varint();
                Map<String, Integer> adopters = new LinkedHashMap<>();
                for (int j = 0; j < f; j++) {
                    adopters.put(in.string(), in.varint());
                }
                segments.put(key, new SegmentCounts(people, adopters));
            }
            return Optional.of(new KeptCounts(accounts, counts, segments));
        } catch (java.util.zip.DataFormatException | IndexOutOfBoundsException | IllegalArgumentException | java.time.DateTimeException e) {
            // Damaged kept counts are only a lost shortcut: the book counts again and keeps new ones.
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static StoredAccount readAccount(In in, Map<String, String> same) {
        String id = in.string();
        String name = in.string();
        boolean hasTier = in.bool();
        // Tiers and owners repeat across 137,000 accounts: one string each, not one per account.
        String tier = same.computeIfAbsent(in.string(), t -> t);
        double arr = in.decimal();
        String owner = same.computeIfAbsent(in.string(), o -> o);
        Optional<LocalDate> churned = in.day();
        Optional<LocalDate> changed = in.day();
        boolean hasAfter = in.bool();
        double after = in.decimal();
        return new StoredAccount(id, name, hasTier ? tier : null, arr, owner, churned, changed, hasAfter ? Optional.of(after) : Optional.empty());
    }

    private static AccountCounts read(In in, int features) {
        int people = in.varint();
        int active = in.varint();
        int previous = in.varint();
        int struggling = in.varint();
        int ticketsNow = in.varint();
        int ticketsBefore = in.varint();
        int[] weekly = new int[AccountCounter.WEEKS];
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = in.varint();
        }
        boolean[] adopted = new boolean[features];
        int[] stopped = new int[features];
        int[] still = new int[features];
        for (int i = 0; i < features; i++) {
            adopted[i] = in.bool();
            stopped[i] = in.varint();
            still[i] = in.varint();
        }
        Optional<AccountCounts.Outreach> outreach = Optional.empty();
        if (in.bool()) {
            String campaign = in.string();
            Instant sent = Instant.ofEpochSecond(in.varlong(), in.varint());
            outreach = Optional.of(new AccountCounts.Outreach(campaign, sent, in.varint(), in.varint()));
        }
        return new AccountCounts(people, active, previous, struggling, ticketsNow, ticketsBefore, weekly, adopted, stopped, still, outreach);
    }

    /** Writes whole numbers as zigzag varints (most counts fit in a byte), text as length and UTF-8. */
    private static final class Out {

        private byte[] buf;
        private int size;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void varint(int v) {
            varlong(v);
        }

        void varlong(long v) {
            room(10);
            long z = (v << 1) ^ (v >> 63);
            while ((z & ~0x7FL) != 0) {
                buf[size++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            buf[size++] = (byte) z;
        }

        void bool(boolean b) {
            room(1);
            buf[size++] = (byte) (b ? 1 : 0);
        }

        void decimal(double d) {
            long bits = Double.doubleToRawLongBits(d);
            room(8);
            for (int i = 7; i >= 0; i--) {
                buf[size++] = (byte) (bits >>> (8 * i));
            }
        }

        void string(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        }

        void day(Optional<LocalDate> day) {
            bool(day.isPresent());
            if (day.isPresent()) {
                varlong(day.get().toEpochDay());
            }
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }

    /** Reads what {@link Out} wrote; past the end it throws IndexOutOfBoundsException, and a length that cannot be, IllegalArgumentException. */
    private static final class In {

        private final byte[] buf;
        private int at;

        In(byte[] buf) {
            this.buf = buf;
        }

        int varint() {
            long v = varlong();
            if (v != (int) v) {
                throw new IllegalArgumentException("not a whole number of this size");
            }
            return (int) v;
        }

        long varlong() {
            long z = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 63) {
                    throw new IllegalArgumentException("a varint longer than 10 bytes");
                }
                byte b = buf[at++];
                z |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    break;
                }
            }
            return (z >>> 1) ^ -(z & 1);
        }

        boolean bool() {
            return buf[at++] != 0;
        }

        double decimal() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (buf[at++] & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }

        String string() {
            int length = varint();
            if (length < 0 || length > buf.length - at) {
                throw new IllegalArgumentException("a text longer than what is left");
            }
            String text = new String(buf, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        Optional<LocalDate> day() {
            return bool() ? Optional.of(LocalDate.ofEpochDay(varlong())) : Optional.empty();
        }
    }
}
