package org.uptake.struggle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.adoption.FeatureParticipants;
import org.uptake.adoption.Participant;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * The clusters' account tier and tenure come from the workspace: the tier of the person's account (trimmed; none
 * without an account or a tier), the tenure from the people file's creation time against launch (none without one).
 */
class ClusterMembersTest {

    private static final String ACCOUNTS = """
            account_id,name,tier,arr,csm_owner
            A1,Gold Co,gold,1000,Kim
            A2,Silver Co, silver ,2000,Kim
            A3,Plain Co,,3000,Lee
            """;
    private static final String PEOPLE = """
            user_id,account_id,segment,plan,role,created_at
            new,A1,smb,pro,analyst,2026-02-20T09:00:00Z
            long,A2,smb,pro,analyst,2025-01-10T09:00:00Z
            plain,A3,smb,pro,analyst,
            alone,,smb,pro,analyst,2026-03-05T09:00:00Z
            """;
    private static final String EVENTS = """
            user_id,timestamp,event,platform,session_id
            new,2026-03-06T10:00:00.000Z,open,web,s1
            long,2026-03-06T10:00:00.000Z,open,web,s2
            plain,2026-03-06T10:00:00.000Z,open,web,s3
            alone,2026-03-06T10:00:00.000Z,open,web,s4
            """;
    private static final LocalDate LAST = LocalDate.of(2026, 3, 6);

    @TempDir
    Path temp;
    private Workspace workspace;

    @BeforeEach
    void build() throws Exception {
        workspace = Workspace.create(temp.resolve("ws"));
        for (String[] file : List.of(new String[] {"features.json", StruggleAnalysisTest.FEATURES}, new String[] {"accounts.csv", ACCOUNTS},
                new String[] {"people.csv", PEOPLE}, new String[] {"events.csv", EVENTS})) {
            SharedEventReadTest.importText(workspace, temp, file[0], file[1]);
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void eachEntrantIsDescribedByTheirAccountsTierAndTheirTenureAtLaunch() {
        FeatureParticipants all = TestServices.of(workspace).adoption().participants("widgets", null, LAST);
        int[] ids = all.active().stream().mapToInt(Participant::personId).sorted().toArray();
        long from = all.feature().launchedAt().toEpochDay() * 86_400_000L;
        long to = (LAST.toEpochDay() + 1) * 86_400_000L;
        StruggleData data = new StruggleQueries(workspace).read(List.of(all.feature()), from, to, Progress.NONE)
                .load(new WindowRead.Wanted(all.feature(), ids, from, to), 30, true);

        Map<Integer, Participant> byId = new LinkedHashMap<>();
        all.active().forEach(p -> byId.put(p.personId(), p));
        Map<String, List<String>> described = new LinkedHashMap<>();
        for (ClusterFinder.Member m : ClusterMembers.of(all, data, Set.of())) {
            described.put(byId.get(m.personId()).userId(), List.of(String.valueOf(m.values().get(ClusterAttribute.ACCOUNT_TIER)),
                    String.valueOf(m.values().get(ClusterAttribute.TENURE))));
        }
        assertEquals(Map.of("new", List.of("[gold]", "[under 30 days]"), "long", List.of("[silver]", "[over 6 months]"),
                "plain", List.of("null", "null"), "alone", List.of("null", "[joined after launch]")), described);
        assertEquals(List.of(false), all.active().stream().filter(p -> p.userId().equals("plain")).map(Participant::hasCreatedAt).toList());
    }
}
