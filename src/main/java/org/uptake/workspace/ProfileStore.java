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
import java.util.List;

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

    /** One block of profiles; slots without a person are empty. */
    public static final class Block {
        private final int first;
        private final boolean[] present = new boolean[PEOPLE_PER_BLOCK];
        private final String[] userId = new String[PEOPLE_PER_BLOCK];
        private final String[] accountId = new String[PEOPLE_PER_BLOCK];
        private final String[] segment = new String[PEOPLE_PER_BLOCK];
        private final String[] plan = new String[PEOPLE_PER_BLOCK];
        private final String[] role = new String[PEOPLE_PER_BLOCK];
        private final long[] createdAt = new long[PEOPLE_PER_BLOCK];

        private Block(int blockNo) {
            this.first = blockNo * PEOPLE_PER_BLOCK;
        }

        public boolean has(int person) {
            int slot = person - first;
            return slot >= 0 && slot < PEOPLE_PER_BLOCK && present[slot];
        }

        public int firstPerson() {
            return first;
        }

        public String userId(int person) {
            return userId[person - first];
        }

        public String accountId(int person) {
            return accountId[person - first];
        }

        public String segment(int person) {
            return segment[person - first];
        }

        public String plan(int person) {
            return plan[person - first];
        }

        public String role(int person) {
            return role[person - first];
        }

        /** Epoch milliseconds, or Long.MIN_VALUE when unknown. */
        public long createdAt(int person) {
            return createdAt[person - first];
        }
    }

    /** Receives each block, in person-id order. */
    @FunctionalInterface
    public interface Visitor {
        void block(Block block) throws SQLException;
    }

    public static void scan(Connection c, Visitor visitor) throws SQLException {
        BlockPages.forEach(c, READ_ALL, 64, List.of(), rs -> visitor.block(decode(rs.getInt(1), rs.getBytes(2))));
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
                Block block = new Block(blockNo);
                int count = 0;
                read.setInt(1, blockNo * PEOPLE_PER_BLOCK);
                read.setInt(2, (blockNo + 1) * PEOPLE_PER_BLOCK);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        int slot = rs.getInt(1) - block.first;
                        block.present[slot] = true;
                        block.userId[slot] = rs.getString(2);
                        block.accountId[slot] = rs.getString(3);
                        block.segment[slot] = rs.getString(4);
                        block.plan[slot] = rs.getString(5);
                        block.role[slot] = rs.getString(6);
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

    /** The block's distinct strings once, then per slot: present, five string indexes (0 = none) and the creation time. */
    private static byte[] encode(Block block) {
        List<String> strings = new ArrayList<>();
        Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
        BlockBytes slots = new BlockBytes(PEOPLE_PER_BLOCK * 12);
        for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
            if (!block.present[slot]) {
                slots.writeByte(0);
                continue;
            }
            slots.writeByte(1);
            for (String s : new String[] {block.userId[slot], block.accountId[slot], block.segment[slot], block.plan[slot], block.role[slot]}) {
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

    private static Block decode(int blockNo, byte[] bytes) {
        BlockBytes.Reader in = new BlockBytes.Reader(bytes, 0);
        int version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown profile block version " + version);
        }
        String[] strings = new String[in.readInt() + 1];
        for (int i = 1; i < strings.length; i++) {
            strings[i] = in.readString();
        }
        Block block = new Block(blockNo);
        for (int slot = 0; slot < PEOPLE_PER_BLOCK; slot++) {
            if (in.readByte() == 0) {
                continue;
            }
            block.present[slot] = true;
            block.userId[slot] = strings[in.readInt()];
            block.accountId[slot] = strings[in.readInt()];
            block.segment[slot] = strings[in.readInt()];
            block.plan[slot] = strings[in.readInt()];
            block.role[slot] = strings[in.readInt()];
            block.createdAt[slot] = in.readSigned();
        }
        return block;
    }
}
