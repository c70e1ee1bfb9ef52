package org.uptake.outreach;

import org.uptake.TestServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.uptake.ingest.Importer;
import org.uptake.model.Message;
import org.uptake.model.Progress;
import org.uptake.workspace.Workspace;

/**
 * A small workspace whose outreach is four dormant people to email about "reports" (u1…u4, in that
 * order of message ids), plus one active adopter who sets the data's last day; no hold-out.
 */
public final class OutreachFixture {

    public static final String FEATURES = """
            [{"key":"reports","name":"Report builder","launchedAt":"2026-05-01","adoption":{"event":"report_built","target":0.3,"withinDays":30}},
             {"key":"alerts","name":"Alerts","launchedAt":"2026-04-01","adoption":{"event":"alert_set","target":0.2,"withinDays":30}}]
            """;
    public static final String ACCOUNTS = """
            account_id,name,tier,arr,csm_owner
            acme,Acme,smb,5000,
            """;
    public static final String PEOPLE = """
            user_id,account_id,segment,plan,role,email,opted_out
            u1,acme,smb,pro,analyst,ann@one.example,false
            u2,acme,smb,pro,analyst,bo@two.example,false
            u3,acme,smb,pro,analyst,cy@three.example,false
            u4,acme,smb,pro,analyst,di@four.example,false
            now,acme,smb,pro,analyst,nu@now.example,false
            """;
    public static final String EVENTS = """
            user_id,timestamp,event,platform
            u1,2026-05-02T09:00:00Z,page,web
            u2,2026-05-02T09:00:00Z,page,web
            u3,2026-05-02T09:00:00Z,page,web
            u4,2026-05-02T09:00:00Z,page,web
            now,2026-05-30T09:00:00Z,report_built,web
            """;

    private OutreachFixture() {
    }

    /** The workspace in {@code temp}/ws with the four email drafts written. */
    public static Workspace build(Path temp) throws IOException {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        for (String[] file : List.of(new String[] {"features.json", FEATURES}, new String[] {"accounts.csv", ACCOUNTS},
                new String[] {"people.csv", PEOPLE}, new String[] {"events.csv", EVENTS})) {
            importFile(workspace, temp, file[0], file[1]);
        }
        Outreach outreach = outreach(workspace);
        outreach.set("outreach.holdoutShare", "0");
        outreach.draft("reports", "ana", Progress.NONE);
        return workspace;
    }

    public static Outreach outreach(Workspace workspace) {
        return TestServices.of(workspace).outreach();
    }

    /** Imports {@code content} as a file called {@code name} (a people file again: a re-import). */
    public static void importFile(Workspace workspace, Path temp, String name, String content) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("files-" + System.nanoTime()));
        Path path = Files.writeString(dir.resolve(name), content);
        Importer importer = new Importer(workspace);
        importer.importFile(importer.plan(path), Progress.NONE);
    }

    /** The message to {@code userId} about "reports". */
    public static Message messageTo(Outreach outreach, String userId) {
        return outreach.review().queue("reports", null).stream().filter(m -> userId.equals(m.userId())).findFirst().orElseThrow();
    }
}
