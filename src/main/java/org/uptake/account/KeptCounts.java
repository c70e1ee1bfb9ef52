package org.uptake.account;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.zip.InflaterInputStream;
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

    private static final int FORMAT = 2;

    byte[] encode(int features) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        // Buffered on both sides: the streams of java.util.zip are slow at the single bytes DataOutputStream writes.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes,
                new Deflater(Deflater.BEST_SPEED), 1 << 16), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(features);
            out.writeInt(AccountCounter.WEEKS);
            out.writeInt(accounts.size());
            for (StoredAccount a : accounts) {
                write(out, a);
            }
            out.writeInt(counts.size());
            for (Map.Entry<String, AccountCounts> a : counts.entrySet()) {
                out.writeUTF(a.getKey());
                write(out, a.getValue(), features);
            }
            out.writeInt(segments.size());
            for (Map.Entry<String, SegmentCounts> s : segments.entrySet()) {
                out.writeUTF(s.getKey());
                out.writeInt(s.getValue().people());
                out.writeInt(s.getValue().adopters().size());
                for (Map.Entry<String, Integer> f : s.getValue().adopters().entrySet()) {
                    out.writeUTF(f.getKey());
                    out.writeInt(f.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, StoredAccount a) throws IOException {
        out.writeUTF(a.id());
        out.writeUTF(a.name());
        writeText(out, a.tier());
        out.writeDouble(a.arr());
        out.writeUTF(a.owner());
        writeDay(out, a.churnedAt());
        writeDay(out, a.arrChangeAt());
        out.writeBoolean(a.arrAfter().isPresent());
        out.writeDouble(a.arrAfter().orElse(0.0));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        out.writeUTF(text == null ? "" : text);
    }

    private static void writeDay(DataOutputStream out, Optional<LocalDate> day) throws IOException {
        out.writeLong(day.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
    }

    private static StoredAccount readAccount(DataInputStream in, Map<String, String> same) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        boolean hasTier = in.readBoolean();
        // Tiers and owners repeat across 137,000 accounts: one string each, not one per account.
        String tier = same.computeIfAbsent(in.readUTF(), t -> t);
        double arr = in.readDouble();
        String owner = same.computeIfAbsent(in.readUTF(), o -> o);
        Optional<LocalDate> churned = readDay(in);
        Optional<LocalDate> changed = readDay(in);
        boolean hasAfter = in.readBoolean();
        double after = in.readDouble();
        return new StoredAccount(id, name, hasTier ? tier : null, arr, owner, churned, changed, hasAfter ? Optional.of(after) : Optional.empty());
    }

    private static Optional<LocalDate> readDay(DataInputStream in) throws IOException {
        long day = in.readLong();
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
            out.writeUTF(o.campaignId());
            out.writeLong(o.sentAt().getEpochSecond());
            out.writeInt(o.sentAt().getNano());
            out.writeInt(o.reached());
            out.writeInt(o.responded());
        }
    }

    /** The counts in {@code bytes}, or nothing when they were kept in another format or for another number of features. */
    static Optional<KeptCounts> decode(byte[] bytes, int features) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes),
                new java.util.zip.Inflater(), 1 << 16), 1 << 16))) {
            if (in.readInt() != FORMAT || in.readInt() != features || in.readInt() != AccountCounter.WEEKS) {
                return Optional.empty();
            }
            int stored = in.readInt();
            List<StoredAccount> accounts = new ArrayList<>(stored);
            Map<String, String> same = new HashMap<>();
            for (int a = 0; a < stored; a++) {
                accounts.add(readAccount(in, same));
            }
            int n = in.readInt();
            Map<String, AccountCounts> counts = new HashMap<>(n * 2);
            for (int a = 0; a < n; a++) {
                counts.put(in.readUTF(), read(in, features));
            }
            int s = in.readInt();
            Map<String, SegmentCounts> segments = new LinkedHashMap<>();
            for (int i = 0; i < s; i++) {
                String key = in.readUTF();
                int people = in.readInt();
                int f = in.readInt();
                Map<String, Integer> adopters = new LinkedHashMap<>();
                for (int j = 0; j < f; j++) {
                    adopters.put(in.readUTF(), in.readInt());
                }
                segments.put(key, new SegmentCounts(people, adopters));
            }
            return Optional.of(new KeptCounts(accounts, counts, segments));
        } catch (IOException e) {
            throw new UncheckedIOException("The kept account counts cannot be read", e);
        }
    }

    private static AccountCounts read(DataInputStream in, int features) throws IOException {
        int[] head = new int[6];
        for (int i = 0; i < head.length; i++) {
            head[i] = in.readInt();
        }
        int[] weekly = new int[AccountCounter.WEEKS];
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = in.readInt();
        }
        boolean[] adopted = new boolean[features];
        int[] stopped = new int[features];
        int[] still = new int[features];
        for (int i = 0; i < features; i++) {
            adopted[i] = in.readBoolean();
            stopped[i] = in.readInt();
            still[i] = in.readInt();
        }
        Optional<AccountCounts.Outreach> outreach = Optional.empty();
        if (in.readBoolean()) {
            String campaign = in.readUTF();
            Instant sent = Instant.ofEpochSecond(in.readLong(), in.readInt());
            outreach = Optional.of(new AccountCounts.Outreach(campaign, sent, in.readInt(), in.readInt()));
        }
        return new AccountCounts(head[0], head[1], head[2], head[3], head[4], head[5], weekly, adopted, stopped, still, outreach);
    }
}
