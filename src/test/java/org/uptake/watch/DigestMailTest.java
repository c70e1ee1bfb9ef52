package org.uptake.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.TestServices;
import org.uptake.ingest.Importer;
import org.uptake.model.Progress;
import org.uptake.services.WorkspaceServices;
import org.uptake.workspace.Workspace;

/** The digest is mailed to the analyst's own address after a refresh, and never to a person in the data. */
class DigestMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path temp;

    @Test
    void theDigestGoesToTheAnalystsOwnAddressAndNeverToAPersonInTheData() throws Exception {
        Workspace workspace = Workspace.create(temp.resolve("ws"));
        Importer importer = new Importer(workspace);
        String[][] files = {
            {"features.json", "[{\"key\":\"boards\",\"name\":\"Boards\",\"launchedAt\":\"2026-01-05\","
                + "\"adoption\":{\"event\":\"board_made\",\"target\":0.5,\"withinDays\":30}}]"},
            {"people.csv", "user_id,segment,email\nu1,smb,Ana.Active@example.com\nu2,smb,bo@example.com\n"},
            {"events.csv", "user_id,timestamp,event\nu1,2026-01-06T10:00:00Z,board_made\nu2,2026-01-07T10:00:00Z,page\n"}};
        for (String[] file : files) {
            Path path = temp.resolve(file[0]);
            Files.writeString(path, file[1]);
            importer.importFile(importer.plan(path), Progress.NONE);
        }
        WorkspaceServices services = TestServices.of(workspace);
        services.outreach().set("outreach.smtp.host", "127.0.0.1");
        services.outreach().set("outreach.smtp.port", Integer.toString(ServerSetupTest.SMTP.getPort()));

        mailTo(workspace, "pm@team.example");
        WatchRun mailed = services.watch().evaluate(Progress.NONE);

        assertEquals("mailed to pm@team.example", mailed.mailed());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("pm@team.example", received[0].getAllRecipients()[0].toString());
        assertEquals("Uptake digest: ws as of 2026-01-07", received[0].getSubject());

        mailTo(workspace, "ana.active@EXAMPLE.com");
        WatchRun refused = services.watch().evaluate(Progress.NONE);

        assertTrue(refused.mailed().startsWith("not mailed: The digest is never sent to people in the data, and ana.active@EXAMPLE.com"
                + " is a person's email"), refused.mailed());
        assertEquals(1, smtp.getReceivedMessages().length, "nothing more left");
        assertEquals(mailed.digests().size(), refused.digests().size(), "the digest files are written all the same");
        workspace.close();
    }

    private static void mailTo(Workspace workspace, String address) {
        WatchSettings d = WatchSettings.of(workspace.settings());
        new WatchSettings(d.inboxes(), d.periodDays(), d.alpha(), d.minPeople(), d.paceShortfall(), d.struggleRise(), d.ticketRise(),
                d.useDecline(), d.proactiveDays(), d.digestFormats(), address).save(workspace.settings());
    }
}
