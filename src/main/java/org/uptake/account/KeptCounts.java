package org.uptake.account;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
import org.uptake.workspace.BlockBytes;
import org.uptake.workspace.AccountStore.StoredAccount;

/**
 * Every account (as the accounts table held it), its counts of one day and the segments' adoption counts, as bytes to keep in the workspace and read
 * back: a compact binary form, because at 137,000 accounts a text form would take longer to read than to count.
 */
record KeptCounts(List<StoredAccount> accounts, Map<String, AccountCounts> counts, Map<String, SegmentCounts> segments) {

    KeptCounts {
        accounts = List.copyOf(accounts);
    }

    /** 6: written with the stored blocks' encoding (workspace.BlockBytes), each account's counts beside it. */
    private static final int FORMAT = 6;
    /** "UPTC": the first bytes of kept counts, so bytes of an older form are never taken for a length. */
    private static final int MAGIC = 0x55505443;

    /** The accounts with their counts (an account without counts is kept as such), and the segments; counts of no listed account are not kept. */
    byte[] encode(int features) {
        BlockBytes out = new BlockBytes(1 << 20);
        out.writeVarint(FORMAT);
        out.writeVarint(features);
        out.writeVarint(AccountCounter.WEEKS);
        out.writeVarint(accounts.size());
        for (StoredAccount a : accounts) {
            write(out, a);
            AccountCounts c = counts.get(a.id());
            out.writeByte(c == null ? 0 : 1);
            if (c != null) {
                write(out, c, features);
            }
        }
        out.writeVarint(segments.size());
        for (Map.Entry<String, SegmentCounts> s : segments.entrySet()) {
            out.writeString(s.getKey());
            out.writeVarint(s.getValue().people());
            out.writeVarint(s.getValue().adopters().size());
            for (Map.Entry<String, Integer> f : s.getValue().adopters().entrySet()) {
                out.writeString(f.getKey());
                out.writeVarint(f.getValue());
            }
        }
        // The plain length first, then the deflated bytes: reading allocates the buffer once, at its size.
        byte[] plain = out.toArray();
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

    private static void write(BlockBytes out, StoredAccount a) {
        out.writeString(a.id());
        out.writeString(a.name());
        out.writeString(a.tier());
        out.writeLong(Double.doubleToRawLongBits(a.arr()));
        out.writeString(a.owner());
        writeDay(out, a.churnedAt());
        writeDay(out, a.arrChangeAt());
        out.writeByte(a.arrAfter().isPresent() ? 1 : 0);
        out.writeLong(Double.doubleToRawLongBits(a.arrAfter().orElse(0.0)));
    }

    private static void writeDay(BlockBytes out, Optional<LocalDate> day) {
        out.writeByte(day.isPresent() ? 1 : 0);
        if (day.isPresent()) {
            out.writeSigned(day.get().toEpochDay());
        }
    }

    private static void write(BlockBytes out, AccountCounts c, int features) {
        for (int v : new int[] {c.people(), c.active(), c.previous(), c.struggling(), c.ticketsNow(), c.ticketsBefore()}) {
            out.writeVarint(v);
        }
        for (int w : c.weekly()) {
            out.writeVarint(w);
        }
        for (int i = 0; i < features; i++) {
            out.writeByte(c.adopted()[i] ? 1 : 0);
            out.writeVarint(c.stopped()[i]);
            out.writeVarint(c.still()[i]);
        }
        out.writeByte(c.lastOutreach().isPresent() ? 1 : 0);
        if (c.lastOutreach().isPresent()) {
            AccountCounts.Outreach o = c.lastOutreach().get();
            out.writeString(o.campaignId());
            out.writeSigned(o.sentAt().getEpochSecond());
            out.writeVarint(o.sentAt().getNano());
            out.writeVarint(o.reached());
            out.writeVarint(o.responded());
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
            BlockBytes.Reader in = new BlockBytes.Reader(plain, 0);
            if (in.readVarint() != FORMAT || in.readVarint() != features || in.readVarint() != AccountCounter.WEEKS) {
                return Optional.empty();
            }
            long stored = in.readVarint();
            if (stored > plain.length) {
                return Optional.empty(); // more accounts than bytes: not a count this class wrote
            }
            List<StoredAccount> accounts = new ArrayList<>((int) stored);
            Map<String, AccountCounts> counts = new HashMap<>((int) stored * 2);
            Map<String, String> same = new HashMap<>();
            for (int a = 0; a < stored; a++) {
                StoredAccount account = readAccount(in, same);
                accounts.add(account);
                if (in.readByte() != 0) {
                    counts.put(account.id(), read(in, features));
                }
            }
            int s = in.readInt();
            Map<String, SegmentCounts> segments = new LinkedHashMap<>();
            for (int i = 0; i < s; i++) {
                String key = in.readString();
                int people = in.readInt();
                int f = in.readInt();
                Map<String, Integer> adopters = new LinkedHashMap<>();
                for (int j = 0; j < f; j++) {
                    adopters.put(in.readString(), in.readInt());
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

    private static StoredAccount readAccount(BlockBytes.Reader in, Map<String, String> same) {
        String id = in.readString();
        String name = in.readString();
        // Tiers and owners repeat across 137,000 accounts: one string each, not one per account.
        String tier = shared(in.readString(), same);
        double arr = Double.longBitsToDouble(in.readLong());
        String owner = shared(in.readString(), same);
        Optional<LocalDate> churned = readDay(in);
        Optional<LocalDate> changed = readDay(in);
        boolean hasAfter = in.readByte() != 0;
        double after = Double.longBitsToDouble(in.readLong());
        return new StoredAccount(id, name, tier, arr, owner, churned, changed, hasAfter ? Optional.of(after) : Optional.empty());
    }

    private static String shared(String text, Map<String, String> same) {
        return text == null ? null : same.computeIfAbsent(text, t -> t);
    }

    private static Optional<LocalDate> readDay(BlockBytes.Reader in) {
        return in.readByte() != 0 ? Optional.of(LocalDate.ofEpochDay(in.readSigned())) : Optional.empty();
    }

    private static AccountCounts read(BlockBytes.Reader in, int features) {
        int people = in.readInt();
        int active = in.readInt();
        int previous = in.readInt();
        int struggling = in.readInt();
        int ticketsNow = in.readInt();
        int ticketsBefore = in.readInt();
        int[] weekly = new int[AccountCounter.WEEKS];
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = in.readInt();
        }
        boolean[] adopted = new boolean[features];
        int[] stopped = new int[features];
        int[] still = new int[features];
        for (int i = 0; i < features; i++) {
            adopted[i] = in.readByte() != 0;
            stopped[i] = in.readInt();
            still[i] = in.readInt();
        }
        Optional<AccountCounts.Outreach> outreach = Optional.empty();
        if (in.readByte() != 0) {
            String campaign = in.readString();
            Instant sent = Instant.ofEpochSecond(in.readSigned(), in.readInt());
            outreach = Optional.of(new AccountCounts.Outreach(campaign, sent, in.readInt(), in.readInt()));
        }
        return new AccountCounts(people, active, previous, struggling, ticketsNow, ticketsBefore, weekly, adopted, stopped, still, outreach);
    }
}
