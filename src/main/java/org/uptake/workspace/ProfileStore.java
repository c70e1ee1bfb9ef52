package org.uptake.workspace;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analyses group people by (user id, account, segment, plan, role, creation time), a copy
 * of the person table kept {@value #PEOPLE_PER_BLOCK} people to a row. Reading a million person
 * rows took H2 about two seconds, most of the adoption summary's budget; these blocks read in a
 * tenth of that. The importers refresh the blocks of the people they wrote, from the person table,
 * inside the import's transaction.
 */
public final class ProfileStore {

    public static final int PEOPLE_PER_BLOCK = ActivityStore.PEOPLE_PER_BLOCK;
    private static final int VERSION = 1;

    private static final String PEOPLE_IN_BLOCK = "SELECT id, user_id, account_id, segment, plan, role, created_at FROM person"
            + " WHERE id >= ? AND id < ?";
    private static final String WRITE = "MERGE INTO person_profile_block (block_no, data) KEY (block_no) VALUES (?, ?)";
    private static final String DELETE = "DELETE FROM person_profile_block WHERE block_no = ?";
    private static final String READ_ALL = "SELECT block_no, data FROM person_profile_block WHERE block_no > ? ORDER BY block_no LIMIT 64";

    private ProfileStore() {
    }

    /**
     * One block of profiles; slots without a person are empty. A block's distinct strings are made when first asked
     * for: a pass that wants only some people (those active in a window) or some attributes (an account id, not the
     * user id) makes only those. Every string of every block was a tenth of what a watch refresh allocated.
     */
    public static final class Block {
        private int first;
        private final boolean[] present = new boolean[PEOPLE_PER_BLOCK];
        /** Per slot, the dictionary index (0: none) of its user id, account id, segment, plan and role. */
        private final int[] userId = new int[PEOPLE_PER_BLOCK];
        private final int[] accountId = new int[PEOPLE_PER_BLOCK];
        private final int[] segment = new int[PEOPLE_PER_BLOCK];
        private final int[] plan = new int[PEOPLE_PER_BLOCK];
        private final int[] role = new int[PEOPLE_PER_BLOCK];
        private final long[] createdAt = new long[PEOPLE_PER_BLOCK];
        private byte[] bytes;
        /** Where each dictionary string starts in {@link #bytes} (index 0: none), and the strings made so far. */
        private int[] stringAt = new int[0];
        private String[] strings = new String[0];
        /** The scan's one copy of each segment, plan and role seen so far, shared by its blocks. */
        private final Map<String, String> shared;

        private Block(Map<String, String> shared) {
            this.shared = shared;
        }

        /** Empties the block for block {@code blockNo}'s {@code bytes}, with room for {@code count} dictionary strings. */
        private void start(int blockNo, byte[] bytes, int count) {
            this.first = blockNo * PEOPLE_PER_BLOCK;
            this.bytes = bytes;
            if (stringAt.length <= count) {
                stringAt = new int[count + 1];
                strings = new String[count + 1];
            } else {
                Arrays.fill(strings, 0, count + 1, null);
            }
            Arrays.fill(present, false);
        }

        public boolean has(int person) {
            int slot = person - first;
            return slot >= 0 && slot < PEOPLE_PER_BLOCK && present[slot];
        }

        public int firstPerson() {
            return first;
        }

        public String userId(int person) {
            return string(userId[person - first], false);
        }

        public String accountId(int person) {
            // Not shared: a million people's accounts run to hundreds of thousands, too many for the scan's map.
            return string(accountId[person - first], false);
        }

        public String segment(int person) {
            return string(segment[person - first], true);
        }

        public String plan(int person) {
            return string(plan[person - first], true);
        }

        public String role(int person) {
            return string(role[person - first], true);
        }

        /** Epoch milliseconds, or Long.MIN_VALUE when unknown. */
        public long createdAt(int person) {
            return createdAt[person - first];
        }

        /**
         * Dictionary string {@code i}, made once (one block's people of one account share one string), or null for 0.
         * A value many people share is the scan's one copy of it: a count by segment then finds its cell by identity
         * (comparing each block's own copy of a segment was a fifth of an adoption summary's count).
         */
        private String string(int i, boolean common) {
            if (i == 0) {
                return null;
            }
            String s = strings[i];
            if (s == null) {
                s = new BlockBytes.Reader(bytes, stringAt[i]).readString();
                if (common) {
                    String before = shared.putIfAbsent(s, s);
                    s = before == null ? s : before;
                }
                strings[i] = s;
            }
            return s;
        }
    }

    /** Receives each block, in person-id order. */
    @FunctionalInterface
    public interface Visitor {
        void block(Block block) throws SQLException;
    }

    /** Every block; each a block of its own, to keep if the visitor likes. */
    public static void scan(Connection c, Visitor visitor) throws SQLException {
        Map<String, String> shared = new HashMap<>();
        BlockPages.forEach(c, READ_ALL, 64, List.of(),
                rs -> visitor.block(decode(new Block(shared), rs.getInt(1), rs.getBytes(2), null, 0, 0)));
    }

    /**
     * The blocks holding some of {@code people} (ascending), each with only those people in it: the others' slots are
     * passed over undecoded. A window's read wants the active third of a million people, and decoding every slot was
     * most of its pass over the profiles. The visitor is handed one block again and again, refilled: it is good only
     * while it is visited (a million people's blocks were 30 MB of arrays per read, and collections to match).
     */
    public static void scanPeople(Connection c, int[] people, Visitor visitor) throws SQLException {
        int[] next = {0};
        Block block = new Block(new HashMap<>());
        BlockPages.Room room = new BlockPages.Room();
        BlockPages.forEach(c, READ_ALL, 64, List.of(), rs -> {
            int blockNo = rs.getInt(1);
            int first = blockNo * PEOPLE_PER_BLOCK;
            while (next[0] < people.length && people[next[0]] < first) {
                next[0]++;
            }
            int from = next[0];
            while (next[0] < people.length && people[next[0]] < first + PEOPLE_PER_BLOCK) {
                next[0]++;
            }
            if (from < next[0]) {
                visitor.block(decode(block, blockNo, room.read(rs, 2), people, from, next[0]));
            }
        });
    }

    /** Copies these people's rows (and their block neighbours') from the person table; people no longer there drop out. */
    public static void refresh(Connection c, IntSet people) throws SQLException {
        IntOpenHashSet blocks = new IntOpenHashSet();
        people.forEach((int p) -> blocks.add(Math.floorDiv(p, PEOPLE_PER_BLOCK)));
        int[] ordered = blocks.toIntArray();
        Arrays.sort(ordered);
        try (PreparedStatement read = c.prepareStatement(PEOPLE_IN_BLOCK);
             PreparedStatement write = c.prepareStatement(WRITE);
             PreparedStatement delete = c.prepareStatement(DELETE)) {
            for (int blockNo : ordered) {
                Rows block = new Rows();
                int count = 0;
                read.setInt(1, blockNo * PEOPLE_PER_BLOCK);
                read.setInt(2, (blockNo + 1) * PEOPLE_PER_BLOCK);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        int slot = rs.getInt(1) - blockNo * PEOPLE_PER_BLOCK;
                        block.present[slot] = true;
                        for (int k = 0; k < Rows.STRINGS; k++) {
                            block.strings[k][slot] = rs.getString(2 + k);
                        }
                        OffsetDateTime created = rs.getObject(7, OffsetDateTime.class);
                        block.createdAt[slot] = created == null ? Long.MIN_VALUE : created.toInstant().toEpochMilli();
                        count++;
                    }
                }
                if (count == 0) {
                    delete.setInt(1, blockNo);
                    delete.executeUpdate();
                } else {
                    write.setInt(1, blockNo);
                    write.setBytes(2, encode(block));
                    write.executeUpdate();
                }
            }
        }
    }

    /** Every person's block, from scratch (a workspace from before profiles were kept). */
    public static void rebuild(Connection c) throws SQLException {
        IntOpenHashSet people = new IntOpenHashSet();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM person"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                people.add(rs.getInt(1));
            }
        }
        refresh(c, people);
    }

    /** One block's people as the person table gives them, to be written: user id, account id, segment, plan, role. */
    private static final class Rows {
        static final int STRINGS = 5;
        final boolean[] present = new boolean[PEOPLE_PER_BLOCK];
        final String[][] strings = new String[STRINGS][PEOPLE_PER_BLOCK];
        final long[] createdAt = new long[PEOPLE_PER_BLOCK];
    }

    /** The block's distinct strings once, then per slot: present, five string indexes (0 = none) and the creation time. */
    private static byte[] encode(Rows block) {
        List<String> strings = new ArrayList<>();
        Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
        BlockBytes slots = new BlockBytes(PEOPLE_PER_BLOCK * 12);
        for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
            if (!block.present[slot]) {
                slots.writeByte(0);
                continue;
            }
            slots.writeByte(1);
            for (String[] column : block.strings) {
                String s = column[slot];
                if (s == null) {
                    slots.writeVarint(0);
                } else {
                    int i = index.getInt(s);
                    if (i == 0) {
                        strings.add(s);
                        i = strings.size();
                        index.put(s, i);
                    }
                    slots.writeVarint(i);
                }
            }
            slots.writeSigned(block.createdAt[slot]);
        }
        BlockBytes out = new BlockBytes(slots.size() + strings.size() * 12 + 16);
        out.writeByte(VERSION);
        out.writeVarint(strings.size());
        for (String s : strings) {
            out.writeString(s);
        }
        byte[] head = out.toArray();
        byte[] body = slots.toArray();
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /**
     * Fills {@code block} with block {@code blockNo}: every person in it ({@code people} null) or only
     * {@code people[from..to)} (ascending, in it).
     */
    private static Block decode(Block block, int blockNo, byte[] bytes, int[] people, int from, int to) {
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, 0);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown profile block version " + version);
        }
        int count = in.readInt();
        block.start(blockNo, bytes, count);
        int[] stringAt = block.stringAt;
        for (int i = 1; i <= count; i++) {
            stringAt[i] = in.position;
            in.skipString();
        }
        int wanted = from;
        for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
            if (in.readByte() == 0) {
                continue;
            }
            if (people != null) {
                int person = block.first + slot;
                while (wanted < to && people[wanted] < person) {
                    wanted++;
                }
                if (wanted == to || people[wanted] != person) {
                    // Five string indexes and the creation time.
                    in.skipVarints(6);
                    continue;
                }
            }
            block.present[slot] = true;
            block.userId[slot] = in.readInt();
            block.accountId[slot] = in.readInt();
            block.segment[slot] = in.readInt();
            block.plan[slot] = in.readInt();
            block.role[slot] = in.readInt();
            block.createdAt[slot] = in.readSigned();
        }
        return block;
    }
}
