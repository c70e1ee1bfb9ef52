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

    private static final int FORMAT = 4;
    /** "UPTC": the first bytes of kept counts, so bytes of an older form are never taken for a length. */
    private static final int MAGIC = 0x55505443;

    byte[] encode(int features) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(FORMAT);
            out.writeInt(features);
            out.writeInt(AccountCounter.WEEKS);
            out.writeInt(accounts.size());
            for (StoredAccount a : accounts) {
                write(out, a);
            }
            out.writeInt(counts.size());
            for (Map.Entry<String, AccountCounts> a : counts.entrySet()) {
                writeString(out, a.getKey());
                write(out, a.getValue(), features);
            }
            out.writeInt(segments.size());
            for (Map.Entry<String, SegmentCounts> s : segments.entrySet()) {
                writeString(out, s.getKey());
                out.writeInt(s.getValue().people());
                out.writeInt(s.getValue().adopters().size());
                for (Map.Entry<String, Integer> f : s.getValue().adopters().entrySet()) {
                    writeString(out, f.getKey());
                    out.writeInt(f.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The plain length first, then the deflated bytes: reading allocates the buffer once, at its size.
        byte[] plain = raw.toByteArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 4 + 16);
        try (DataOutputStream out = new DataOutputStream(bytes);
             DeflaterOutputStream deflating = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(plain.length);
            deflating.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, StoredAccount a) throws IOException {
        writeString(out, a.id());
        writeString(out, a.name());
        writeText(out, a.tier());
        out.writeDouble(a.arr());
        writeString(out, a.owner());
        writeDay(out, a.churnedAt());
        writeDay(out, a.arrChangeAt());
        out.writeBoolean(a.arrAfter().isPresent());
        out.writeDouble(a.arrAfter().orElse(0.0));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        writeString(out, text == null ? "" : text);
    }

    /** Length and UTF-8 bytes: read back straight from the buffer (and without writeUTF's limit of 65,535 bytes). */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static void writeDay(DataOutputStream out, Optional<LocalDate> day) throws IOException {
        out.writeLong(day.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    }

    private static StoredAccount readAccount(ByteBuffer in, Map<String, String> same) {
        String id = readString(in);
        String name = readString(in);
        boolean hasTier = (in.get() != 0);
        // Tiers and owners repeat across 137,000 accounts: one string each, not one per account.
        String tier = same.computeIfAbsent(readString(in), t -> t);
        double arr = in.getDouble();
        String owner = same.computeIfAbsent(readString(in), o -> o);
        Optional<LocalDate> churned = readDay(in);
        Optional<LocalDate> changed = readDay(in);
        boolean hasAfter = (in.get() != 0);
        double after = in.getDouble();
        return new StoredAccount(id, name, hasTier ? tier : null, arr, owner, churned, changed, hasAfter ? Optional.of(after) : Optional.empty());
    }

    private static Optional<LocalDate> readDay(ByteBuffer in) {
        long day = in.getLong();
        return day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
    }

    private static void write(DataOutputStream out, AccountCounts c, int features) throws IOException {
        for (int v : new int[] {c.people(), c.active(), c.previous(), c.struggling(), c.ticketsNow(), c.ticketsBefore()}) {
            out.writeInt(v);
        }
        for (int w : c.weekly()) {
            out.writeInt(w);
        }
        for (int i = 0; i < features; i++) {
            out.writeBoolean(c.adopted()[i]);
            out.writeInt(c.stopped()[i]);
            out.writeInt(c.still()[i]);
        }
        out.writeBoolean(c.lastOutreach().isPresent());
        if (c.lastOutreach().isPresent()) {
            AccountCounts.Outreach o = c.lastOutreach().get();
            writeString(out, o.campaignId());
            out.writeLong(o.sentAt().getEpochSecond());
            out.writeInt(o.sentAt().getNano());
            out.writeInt(o.reached());
            out.writeInt(o.responded());
        }
    }

    /** The counts in {@code bytes}, or nothing when they were kept in another format, for another number of features, or damaged. */
    static Optional<KeptCounts> decode(byte[] bytes, int features) {
        // Inflated whole into a buffer of the kept size, then read from it: DataInputStream's byte-by-byte reads were
        // most of the decoding.
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
            ByteBuffer in = ByteBuffer.wrap(plain);
            if (in.getInt() != FORMAT || in.getInt() != features || in.getInt() != AccountCounter.WEEKS) {
                return Optional.empty();
            }
            int stored = in.getInt();
            List<StoredAccount> accounts = new ArrayList<>(stored);
            Map<String, String> same = new HashMap<>();
            for (int a = 0; a < stored; a++) {
                accounts.add(readAccount(in, same));
            }
            int n = in.getInt();
            Map<String, AccountCounts> counts = new HashMap<>(n * 2);
            for (int a = 0; a < n; a++) {
                counts.put(readString(in), read(in, features));
            }
            int s = in.getInt();
            Map<String, SegmentCounts> segments = new LinkedHashMap<>();
            for (int i = 0; i < s; i++) {
                String key = readString(in);
                int people = in.getInt();
                int f = in.getInt();
                Map<String, Integer> adopters = new LinkedHashMap<>();
                for (int j = 0; j < f; j++) {
                    adopters.put(readString(in), in.getInt());
                }
                segments.put(key, new SegmentCounts(people, adopters));
            }
            return Optional.of(new KeptCounts(accounts, counts, segments));
        } catch (java.util.zip.DataFormatException | java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            // Damaged kept counts are only a lost shortcut: the book counts again and keeps new ones.
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static AccountCounts read(ByteBuffer in, int features) {
        int[] head = new int[6];
        for (int i = 0; i < head.length; i++) {
            head[i] = in.getInt();
        }
        int[] weekly = new int[AccountCounter.WEEKS];
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = in.getInt();
        }
        boolean[] adopted = new boolean[features];
        int[] stopped = new int[features];
        int[] still = new int[features];
        for (int i = 0; i < features; i++) {
            adopted[i] = (in.get() != 0);
            stopped[i] = in.getInt();
            still[i] = in.getInt();
        }
        Optional<AccountCounts.Outreach> outreach = Optional.empty();
        if ((in.get() != 0)) {
            String campaign = readString(in);
            Instant sent = Instant.ofEpochSecond(in.getLong(), in.getInt());
            outreach = Optional.of(new AccountCounts.Outreach(campaign, sent, in.getInt(), in.getInt()));
        }
        return new AccountCounts(head[0], head[1], head[2], head[3], head[4], head[5], weekly, adopted, stopped, still, outreach);
    }
}
