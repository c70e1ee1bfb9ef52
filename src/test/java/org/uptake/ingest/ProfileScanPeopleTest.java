package org.uptake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.workspace.ProfileStore;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDatabase;

/** A read of some people's profiles gives them as the whole blocks have them, and only them. */
class ProfileScanPeopleTest {

    @TempDir
    Path temp;

    @Test
    void somePeopleReadAsTheWholeBlocksHaveThem() throws Exception {
        StringBuilder people = new StringBuilder("user_id,account_id,segment,plan,role,created_at\n");
        Random random = new Random(3);
        for (int i = 0; i < 3_500; i++) {
            // Now and then a field left empty, and people without a creation time.
            people.append("u").append(i).append(',').append(random.nextInt(5) == 0 ? "" : "acc" + random.nextInt(300)).append(',')
                    .append(random.nextInt(6) == 0 ? "" : "seg" + random.nextInt(4)).append(",pro,")
                    .append(random.nextInt(3) == 0 ? "" : "admin").append(',')
                    .append(random.nextInt(4) == 0 ? "" : "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T08:00:00Z")
                    .append('\n');
        }
        try (Workspace workspace = Workspace.create(temp.resolve("ws"))) {
            org.uptake.struggle.SharedEventReadTest.importText(workspace, temp, "people.csv", people.toString());
            try (Connection c = WorkspaceDatabase.connect(workspace)) {
                List<String> all = read(c, null);
                for (int round = 0; round < 20; round++) {
                    // Ids past the last person, and whole blocks without a wanted person, in some rounds.
                    int[] wanted = random.ints(random.nextInt(400), 0, round % 2 == 0 ? 1_500 : 4_200).distinct().sorted().toArray();
                    List<String> expected = new ArrayList<>();
                    for (String row : all) {
                        if (java.util.Arrays.binarySearch(wanted, Integer.parseInt(row.substring(0, row.indexOf('|')))) >= 0) {
                            expected.add(row);
                        }
                    }
                    assertEquals(expected, read(c, wanted), "round " + round);
                }
            }
        }
    }

    /** Every person the visited blocks hold (all of them when {@code wanted} is null), in id order. */
    private static List<String> read(Connection c, int[] wanted) throws Exception {
        List<String> rows = new ArrayList<>();
        ProfileStore.Visitor visitor = block -> {
            for (int id = block.firstPerson(); id < block.firstPerson() + ProfileStore.PEOPLE_PER_BLOCK; id++) {
                if (block.has(id)) {
                    rows.add(id + "|" + block.userId(id) + "|" + block.accountId(id) + "|" + block.segment(id) + "|" + block.plan(id) + "|"
                            + block.role(id) + "|" + block.createdAt(id));
                }
            }
        };
        if (wanted == null) {
            ProfileStore.scan(c, visitor);
        } else {
            ProfileStore.scanPeople(c, wanted, visitor);
        }
        return rows;
    }
}
