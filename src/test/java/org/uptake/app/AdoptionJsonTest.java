package org.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adoption --json} on a feature with target segments, launched before the data starts: the audience and the caveats. */
class AdoptionJsonTest {

    @Test
    void targetAudienceAndCaveatsInTheJson(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("features.json"), """
                [{"key":"views","name":"Views","launchedAt":"2026-02-20","targetSegments":["smb"],
                  "adoption":{"event":"view_saved","target":0.3,"withinDays":60}}]
                """);
        Files.writeString(temp.resolve("people.csv"), """
                user_id,segment,plan,role,created_at
                a1,smb,pro,admin,2025-06-01T00:00:00Z
                a2,smb,pro,analyst,2026-03-05T00:00:00Z
                a3,enterprise,pro,analyst,2026-03-02T00:00:00Z
                a4,smb,pro,viewer,2025-06-01T00:00:00Z
                """);
        Files.writeString(temp.resolve("events.csv"), """
                user_id,timestamp,event,platform
                a4,2026-03-01T08:00:00Z,page,web
                a1,2026-03-03T09:00:00Z,view_saved,web
                a3,2026-03-03T00:00:00Z,view_saved,web
                a2,2026-03-07T12:00:00Z,view_saved,ios
                """);
        String ws = temp.resolve("ws").toString();
        assertEquals(0, CliRun.of("init", ws).exitCode());
        for (String file : new String[] {"features.json", "people.csv", "events.csv"}) {
            CliRun run = CliRun.of("import", ws, temp.resolve(file).toString());
            assertEquals(0, run.exitCode(), run.err());
        }
        CliRun run = CliRun.of("adoption", ws, "--feature", "views", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("2026-03-07", json.get("to").asText(), "the last event's day");
        assertEquals(0.75, json.get("adoptionRate").asDouble(), 1e-12, "3 of 4 active people");
        assertEquals(new ObjectMapper().readTree("""
                {"segments":["smb"],"activePeople":3,"adopters":2,"adoptionRate":0.6666666666666666,
                 "timeToFirstUse":{"adopters":1,"medianDays":2.5,"p75Days":2.5,"within7Days":1.0,"leftOut":1}}
                """), json.get("targetAudience"));
        assertEquals("[\"Adoption and depth: data starts 9 days after launch: people who adopted earlier count only if they used it"
                + " again.\",\"Time to first use: data starts 9 days after launch: time to first use leaves out 1 adopter whose first use"
                + " may predate the data.\"]", json.get("caveats").toString());
        assertEquals("mainPlatform", json.at("/byMainPlatform/0").fieldNames().next());
    }
}
