package org.uptake.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/** A people list shows people as a reader knows them: email and account name, the ids kept for exports and tooltips. */
class PeopleListContactsTest {

    @TempDir
    Path temp;

    @Test
    void peopleCarryTheirEmailAndTheirAccountsNameWhereTheExportsGaveThem() throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        String[][] files = {
            {"features.json", """
                [{"key":"reports","name":"Reports","launchedAt":"2025-11-01","adoption":{"event":"report_run","target":0.5,"withinDays":30}}]
                """},
            {"accounts.csv", "account_id,name,tier,arr,csm_owner\nA-7,\"Kestrel Freight\",mid,1200,Lee\nA-8,,smb,300,Lee\n"},
            {"people.csv", "user_id,account_id,segment,plan,role,email\n"
                + "p1,A-7,smb,pro,admin,ana@kestrel.example\np2,A-8,smb,pro,admin,\np3,,smb,pro,admin,\n"},
            {"events.csv", "user_id,timestamp,event\np1,2025-11-03T10:00:00Z,report_run\np1,2025-11-04T10:00:00Z,report_run\n"
                + "p2,2025-11-03T11:00:00Z,report_run\np3,2025-11-05T11:00:00Z,page\n"}};
        for (String[] file : files) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        AdoptionAnalysis analysis = new AdoptionAnalysis(workspace, FeaturePeople.cache(workspace));

        List<PersonRow> active = analysis.people("reports", null, java.time.LocalDate.of(2025, 11, 5), PeopleQuery.of(PeopleQuery.Kind.ACTIVE), 7);

        assertEquals(List.of("ana@kestrel.example|Kestrel Freight|p1|A-7", "p2|A-8|p2|A-8", "p3|null|p3|null"),
                active.stream().map(r -> r.who() + "|" + r.account() + "|" + r.userId() + "|" + r.accountId()).toList());
        workspace.close();
    }
}
