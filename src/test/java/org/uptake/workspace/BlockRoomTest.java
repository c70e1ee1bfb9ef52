package org.uptake.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blocks read one after another into one room give each block's bytes, small after large and large after small. */
class BlockRoomTest {

    @Test
    void eachReadHoldsItsOwnBlocksBytesWhateverCameBefore() throws Exception {
        Random random = new Random(7);
        // Around the room's first size (64 KB), past twice it, and empty.
        int[] sizes = {10, 70_000, 5, 200_000, 65_536, 0, 131_073, 3};
        List<byte[]> blocks = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:room")) {
            c.createStatement().execute("CREATE TABLE block (block_no INT PRIMARY KEY, data VARBINARY(1000000) NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO block VALUES (?, ?)")) {
                for (int i = 0; i < sizes.length; i++) {
                    byte[] data = new byte[sizes[i]];
                    random.nextBytes(data);
                    blocks.add(data);
                    insert.setInt(1, i);
                    insert.setBytes(2, data);
                    insert.executeUpdate();
                }
            }
            BlockPages.Room room = new BlockPages.Room();
            List<byte[]> read = new ArrayList<>();
            BlockPages.forEach(c, "SELECT block_no, data FROM block WHERE block_no > ? ORDER BY block_no LIMIT 3", 3, List.of(), rs -> {
                byte[] bytes = room.read(rs, 2);
                int size = sizes[rs.getInt(1)];
                if (size == 0) {
                    assertEquals(0, bytes.length, "an empty value is not the last block's bytes");
                }
                read.add(Arrays.copyOf(bytes, size));
            });
            assertEquals(blocks.size(), read.size());
            for (int i = 0; i < blocks.size(); i++) {
                assertArrayEquals(blocks.get(i), read.get(i), "block " + i);
            }
        }
    }
}
