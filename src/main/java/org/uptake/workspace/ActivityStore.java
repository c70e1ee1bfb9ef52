package org.uptake.workspace;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The people's activity rollup (events per person and day, per person and platform), stored
 * {@value #PEOPLE_PER_BLOCK} consecutive person ids to a row. As one row per person and day it
 * was the largest table after the events (1.7 M rows for 6 M events): inserting it took a fifth of
 * an import and reading a window of it most of the adoption summary. An import rewrites only the
 * blocks of the people it saw; the whole rollup reads in one pass.
 */
public final class ActivityStore {

    public static final int PEOPLE_PER_BLOCK = 1024;
    private static final int VERSION = 1;

    private static final String READ_ONE = "SELECT data FROM person_activity_block WHERE block_no = ?";
    private static final String READ_ALL = "SELECT block_no, data FROM person_activity_block WHERE block_no > ? ORDER BY block_no LIMIT 64";
    private static final String WRITE = "MERGE INTO person_activity_block (block_no, data) KEY (block_no) VALUES (?, ?)";

    private ActivityStore() {
    }

    /** Receives each person with stored activity, in person-id order. */
    @FunctionalInterface
    public interface Visitor {
        void person(PersonActivity activity) throws SQLException;
    }

    /** Every person with activity. */
    public static void scan(Connection c, Visitor visitor) throws SQLException {
        BlockPages.forEach(c, READ_ALL, 64, List.of(), rs -> {
            for (PersonActivity a : decode(rs.getInt(1), rs.getBytes(2))) {
                if (a != null) {
                    visitor.person(a);
                }
            }
        });
    }

    /**
     * One person of {@link #scanRanges}: which of the ranges of days they had an event in, and their platforms. Valid
     * only during the visitor's call: the same cursor, and its arrays, pass on to the next person.
     */
    public static final class RangeCursor {
        private int person;
        private long ranges;
        private int[] days = new int[64];
        private int[] platforms = new int[4];
        private long[] platformEvents = new long[4];
        private int platformCount;

        public int person() {
            return person;
        }

        /** Bit j: the person had an event on a day in range j. */
        public long ranges() {
            return ranges;
        }

        /** As {@link PersonActivity#mainPlatform}. */
        public int mainPlatform(java.util.function.IntFunction<String> names) {
            return PersonActivity.mainPlatform(platforms, platformEvents, platformCount, names);
        }
    }

    /** Receives each person with activity of {@link #scanRanges}, in person-id order. */
    @FunctionalInterface
    public interface RangeVisitor {
        void person(RangeCursor person) throws SQLException;
    }

    /**
     * Every person with activity, with the ranges of days [{@code from[j]}, {@code to[j]}] (epoch days, at most 64
     * ranges) they had an event in. What {@link #scan} gives, without
     * each person's arrays: a window's read of a million people made four arrays each, and their collection.
     */
    public static void scanRanges(Connection c, long[] from, long[] to, RangeVisitor visitor) throws SQLException {
        if (from.length > Long.SIZE || to.length != from.length) {
            throw new IllegalArgumentException("At most 64 ranges of days, each with its end: " + from.length + ", " + to.length);
        }
        RangeCursor cursor = new RangeCursor();
        BlockPages.Room room = new BlockPages.Room();
        BlockPages.forEach(c, READ_ALL, 64, List.of(), rs -> decodeRanges(rs.getInt(1), room.read(rs, 2), from, to, cursor, visitor));
    }

    /** One block of {@link #scanRanges}: its people with activity, handed on in {@code cursor}. */
    static void decodeRanges(int blockNo, byte[] bytes, long[] from, long[] to, RangeCursor cursor, RangeVisitor visitor)
            throws SQLException {
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, 0);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown activity block version " + version);
        }
        for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
            int count = in.readInt();
            if (cursor.days.length < count) {
                cursor.days = new int[Math.max(count, 2 * cursor.days.length)];
            }
            int[] days = cursor.days;
            int day = 0;
            for (int i = 0; i < count; i++) {
                day += (int) in.readSigned();
                days[i] = day;
            }
            in.skipVarints(count);
            int platformCount = in.readInt();
            if (cursor.platforms.length < platformCount) {
                cursor.platforms = new int[Math.max(platformCount, 2 * cursor.platforms.length)];
                cursor.platformEvents = new long[cursor.platforms.length];
            }
            for (int i = 0; i < platformCount; i++) {
                cursor.platforms[i] = in.readInt();
                cursor.platformEvents[i] = in.readVarint();
            }
            if (count == 0 && platformCount == 0) {
                continue;
            }
            long ranges = 0;
            for (int j = 0; j < from.length; j++) {
                if (PersonActivity.anyIn(days, count, from[j], to[j])) {
                    ranges |= 1L << j;
                }
            }
            cursor.person = blockNo * PEOPLE_PER_BLOCK + slot;
            cursor.ranges = ranges;
            cursor.platformCount = platformCount;
            visitor.person(cursor);
        }
    }

    /** The activity of these people only: the blocks that hold them, one read each (an account's page, not the whole book). */
    public static void scanPeople(Connection c, it.unimi.dsi.fastutil.ints.IntCollection people, Visitor visitor) throws SQLException {
        int[] wanted = people.toIntArray();
        Arrays.sort(wanted);
        try (PreparedStatement read = c.prepareStatement(READ_ONE)) {
            int i = 0;
            while (i < wanted.length) {
                int blockNo = wanted[i] / PEOPLE_PER_BLOCK;
                int end = i;
                while (end < wanted.length && wanted[end] / PEOPLE_PER_BLOCK == blockNo) {
                    end++;
                }
                read.setInt(1, blockNo);
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        for (PersonActivity a : decodeSlots(blockNo, rs.getBytes(1), Arrays.copyOfRange(wanted, i, end))) {
                            visitor.person(a);
                        }
                    }
                }
                i = end;
            }
        }
    }

    /**
     * Adds an import's counts — keys {@code person << 32 | epoch day} and {@code person << 32 |
     * platform id} — and moves the activity of merged placeholders (anonymous id → person) onto
     * their people. Inside the caller's transaction.
     */
    public static void add(Transaction tx, Long2IntMap dayEvents, Long2IntMap platformEvents, Int2IntMap merges) {
        try {
            add(tx.connection(), dayEvents, platformEvents, merges);
        } catch (SQLException e) {
            throw new WorkspaceDataException("The workspace could not be written", e);
        }
    }

    /** {@link #add(Transaction, Long2IntMap, Long2IntMap, Int2IntMap)} on a connection (the block-store migration). */
    public static void add(Connection c, Long2IntMap dayEvents, Long2IntMap platformEvents, Int2IntMap merges) throws SQLException {
        Long2IntOpenHashMap days = new Long2IntOpenHashMap(dayEvents.size());
        for (Long2IntMap.Entry e : dayEvents.long2IntEntrySet()) {
            days.addTo(remap(e.getLongKey(), merges), e.getIntValue());
        }
        Long2LongOpenHashMap platforms = new Long2LongOpenHashMap(platformEvents.size());
        for (Long2IntMap.Entry e : platformEvents.long2IntEntrySet()) {
            platforms.addTo(remap(e.getLongKey(), merges), e.getIntValue());
        }
        IntOpenHashSet cleared = new IntOpenHashSet();
        int[] placeholders = merges.keySet().toIntArray();
        Arrays.sort(placeholders);
        try (PreparedStatement read = c.prepareStatement(READ_ONE)) {
            // Placeholders grouped by block: each block is read once, however many were merged from it.
            PersonActivity[] block = null;
            int blockNo = -1;
            for (int placeholder : placeholders) {
                if (placeholder / PEOPLE_PER_BLOCK != blockNo) {
                    blockNo = placeholder / PEOPLE_PER_BLOCK;
                    block = readBlock(read, blockNo);
                }
                PersonActivity moved = block == null ? null : block[placeholder % PEOPLE_PER_BLOCK];
                if (moved != null) {
                    long to = (long) merges.get(placeholder) << 32;
                    for (int i = 0; i < moved.days.length; i++) {
                        days.addTo(to | (moved.days[i] & 0xffffffffL), moved.dayEvents[i]);
                    }
                    for (int i = 0; i < moved.platforms.length; i++) {
                        platforms.addTo(to | moved.platforms[i], moved.platformEvents[i]);
                    }
                    cleared.add(placeholder);
                }
            }
            write(c, read, days, platforms, cleared);
        }
    }

    private static long remap(long key, Int2IntMap merges) {
        int person = (int) (key >>> 32);
        int to = merges.getOrDefault(person, person);
        return to == person ? key : ((long) to << 32) | (key & 0xffffffffL);
    }

    private static PersonActivity[] readBlock(PreparedStatement read, int blockNo) throws SQLException {
        read.setInt(1, blockNo);
        try (ResultSet rs = read.executeQuery()) {
            return rs.next() ? decode(blockNo, rs.getBytes(1)) : null;
        }
    }

    /** Rewrites every block with a change, one at a time, in block order. */
    private static void write(Connection c, PreparedStatement read, Long2IntOpenHashMap days, Long2LongOpenHashMap platforms,
            IntOpenHashSet cleared) throws SQLException {
        long[] dayKeys = days.keySet().toLongArray();
        long[] platformKeys = platforms.keySet().toLongArray();
        Arrays.sort(dayKeys);
        Arrays.sort(platformKeys);
        IntOpenHashSet touched = new IntOpenHashSet();
        for (long k : dayKeys) {
            touched.add((int) (k >>> 32) / PEOPLE_PER_BLOCK);
        }
        for (long k : platformKeys) {
            touched.add((int) (k >>> 32) / PEOPLE_PER_BLOCK);
        }
        cleared.forEach((int p) -> touched.add(p / PEOPLE_PER_BLOCK));
        int[] blocks = touched.toIntArray();
        Arrays.sort(blocks);
        int d = 0;
        int p = 0;
        try (PreparedStatement write = c.prepareStatement(WRITE)) {
            for (int blockNo : blocks) {
                PersonActivity[] block = readBlock(read, blockNo);
                if (block == null) {
                    block = new PersonActivity[PEOPLE_PER_BLOCK];
                }
                int first = blockNo * PEOPLE_PER_BLOCK;
                for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
                    if (cleared.contains(first + slot)) {
                        block[slot] = null;
                    }
                }
                int end = first + PEOPLE_PER_BLOCK;
                while (d < dayKeys.length && (int) (dayKeys[d] >>> 32) < end || p < platformKeys.length && (int) (platformKeys[p] >>> 32) < end) {
                    int person = Math.min(d < dayKeys.length ? (int) (dayKeys[d] >>> 32) : Integer.MAX_VALUE,
                            p < platformKeys.length ? (int) (platformKeys[p] >>> 32) : Integer.MAX_VALUE);
                    int dEnd = d;
                    while (dEnd < dayKeys.length && (int) (dayKeys[dEnd] >>> 32) == person) {
                        dEnd++;
                    }
                    int pEnd = p;
                    while (pEnd < platformKeys.length && (int) (platformKeys[pEnd] >>> 32) == person) {
                        pEnd++;
                    }
                    block[person - first] = merged(block[person - first], person, days, dayKeys, d, dEnd, platforms, platformKeys, p, pEnd);
                    d = dEnd;
                    p = pEnd;
                }
                write.setInt(1, blockNo);
                write.setBytes(2, encode(block));
                write.executeUpdate();
            }
        }
    }

    /** A person's stored activity plus an import's counts (dayKeys[d0..d1) and platformKeys[p0..p1), ascending). */
    private static PersonActivity merged(PersonActivity stored, int person, Long2IntOpenHashMap days, long[] dayKeys, int d0, int d1,
            Long2LongOpenHashMap platforms, long[] platformKeys, int p0, int p1) {
        int[] oldDays = stored == null ? new int[0] : stored.days;
        int[] oldEvents = stored == null ? new int[0] : stored.dayEvents;
        long[] added = new long[d1 - d0];
        for (int k = d0; k < d1; k++) {
            // Day in the high half (signed, so days before 1970 sort first), events in the low half.
            added[k - d0] = ((long) (int) dayKeys[k] << 32) | days.get(dayKeys[k]);
        }
        Arrays.sort(added);
        int[] newDays = new int[oldDays.length + added.length];
        int[] newEvents = new int[newDays.length];
        int n = 0;
        int i = 0;
        int k = 0;
        while (i < oldDays.length || k < added.length) {
            int addDay = k < added.length ? (int) (added[k] >> 32) : Integer.MAX_VALUE;
            if (i < oldDays.length && oldDays[i] < addDay) {
                newDays[n] = oldDays[i];
                newEvents[n++] = oldEvents[i++];
            } else if (i < oldDays.length && oldDays[i] == addDay) {
                newDays[n] = addDay;
                newEvents[n++] = oldEvents[i++] + (int) added[k++];
            } else {
                newDays[n] = addDay;
                newEvents[n++] = (int) added[k++];
            }
        }
        int[] oldPlatforms = stored == null ? new int[0] : stored.platforms;
        long[] oldPlatformEvents = stored == null ? new long[0] : stored.platformEvents;
        int[] newPlatforms = Arrays.copyOf(oldPlatforms, oldPlatforms.length + p1 - p0);
        long[] newPlatformEvents = Arrays.copyOf(oldPlatformEvents, newPlatforms.length);
        int m = oldPlatforms.length;
        for (int q = p0; q < p1; q++) {
            int platform = (int) platformKeys[q];
            long events = platforms.get(platformKeys[q]);
            int at = indexOf(oldPlatforms, platform);
            if (at >= 0) {
                newPlatformEvents[at] += events;
            } else {
                newPlatforms[m] = platform;
                newPlatformEvents[m++] = events;
            }
        }
        return new PersonActivity(person, Arrays.copyOf(newDays, n), Arrays.copyOf(newEvents, n), Arrays.copyOf(newPlatforms, m),
                Arrays.copyOf(newPlatformEvents, m));
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Per slot: day count, first day and gaps, events per day; platform count, platform ids and events. */
    static byte[] encode(PersonActivity[] block) {
        BlockBytes out = new BlockBytes(PEOPLE_PER_BLOCK * 8);
        out.writeByte(VERSION);
        for (PersonActivity a : block) {
            if (a == null || a.isEmpty()) {
                out.writeVarint(0);
                out.writeVarint(0);
                continue;
            }
            out.writeVarint(a.days.length);
            int previous = 0;
            for (int day : a.days) {
                out.writeSigned(day - previous);
                previous = day;
            }
            for (int events : a.dayEvents) {
                out.writeVarint(events);
            }
            out.writeVarint(a.platforms.length);
            for (int i = 0; i < a.platforms.length; i++) {
                out.writeVarint(a.platforms[i]);
                out.writeVarint(a.platformEvents[i]);
            }
        }
        return out.toArray();
    }

    static PersonActivity[] decode(int blockNo, byte[] bytes) {
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, 0);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown activity block version " + version);
        }
        PersonActivity[] block = new PersonActivity[PEOPLE_PER_BLOCK];
        for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
            block[slot] = decodeSlot(in, blockNo * PEOPLE_PER_BLOCK + slot);
        }
        return block;
    }

    /**
     * The people of one block among {@code people} (ascending, all in this block) who have activity. The others'
     * bytes are passed over undecoded: an account's 50 people sit in 50 blocks of 1,024, and decoding every slot of
     * them was most of a cold account page's read.
     */
    static List<PersonActivity> decodeSlots(int blockNo, byte[] bytes, int[] people) {
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, 0);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown activity block version " + version);
        }
        List<PersonActivity> found = new java.util.ArrayList<>(people.length);
        int first = blockNo * PEOPLE_PER_BLOCK;
        int slot = 0;
        for (int person : people) {
            for (; slot < person - first; slot++) {
                in.skipVarints(2 * in.readInt());
                in.skipVarints(2 * in.readInt());
            }
            PersonActivity a = decodeSlot(in, person);
            slot++;
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    /** One slot's days, events per day and platforms; null when the person has none. */
    private static PersonActivity decodeSlot(BlockBytes.Reader in, int person) {
        int[] days = new int[in.readInt()];
        int day = 0;
        for (int i = 0; i < days.length; i++) {
            day += (int) in.readSigned();
            days[i] = day;
        }
        int[] events = new int[days.length];
        for (int i = 0; i < events.length; i++) {
            events[i] = in.readInt();
        }
        int[] platforms = new int[in.readInt()];
        long[] platformEvents = new long[platforms.length];
        for (int i = 0; i < platforms.length; i++) {
            platforms[i] = in.readInt();
            platformEvents[i] = in.readVarint();
        }
        return days.length > 0 || platforms.length > 0 ? new PersonActivity(person, days, events, platforms, platformEvents) : null;
    }

    /** Counts per person and day as the map keys the import builds. */
    public static long dayKey(int person, long epochDay) {
        return ((long) person << 32) | (epochDay & 0xffffffffL);
    }
}
