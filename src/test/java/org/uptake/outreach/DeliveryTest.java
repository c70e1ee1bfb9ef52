package org.uptake.outreach;

import org.uptake.TestServices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.workspace.ExportRefused;
import org.uptake.workspace.Workspace;

/** A delivery is all or nothing, never lands in the workspace or over a file unasked, and never sends twice. */
class DeliveryTest {

    @TempDir
    Path temp;
    Workspace workspace;
    Outreach outreach;
    Delivery delivery;
    List<Message> mail;

    @BeforeEach
    void build() throws Exception {
        workspace = OutreachFixture.build(temp);
        outreach = OutreachFixture.outreach(workspace);
        delivery = TestServices.of(workspace).delivery();
        mail = outreach.review().queue("reports", MessageStatus.DRAFT).stream().filter(m -> m.channel() == Channel.EMAIL).toList();
        assertEquals(4, mail.size());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anExportIntoTheWorkspaceIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        approveAll();
        Path database = workspace.folder().resolve(Workspace.DATABASE_FILE);
        ExportRefused refused = assertThrows(ExportRefused.class, () -> delivery.emailCsv("reports", database, true, "ana"));
        assertTrue(refused.getMessage().contains("is inside the workspace folder"), refused.getMessage());
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(database)) {
            assertEquals(4, in.read(head));
        }
        assertEquals("H:2,", new String(head, java.nio.charset.StandardCharsets.US_ASCII), "still H2's file, not a CSV");
        assertEquals(4, approved().size(), "nothing was recorded as delivered");
        assertThrows(ExportRefused.class, () -> delivery.emlFiles("reports", workspace.folder().resolve("imports/mail"), true, "ana"));

        Path inExports = workspace.exportsFolder().resolve("mail.csv");
        assertEquals(4, delivery.emailCsv("reports", inExports, false, "ana").messages(), "its exports/ folder takes exports");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAskedAndTheMessagesStayApprovedUntilThen() throws Exception {
        approveAll();
        Path out = Files.writeString(temp.resolve("mail.csv"), "keep me");
        assertThrows(ExportRefused.class, () -> delivery.emailCsv("reports", out, false, "ana"));
        assertEquals("keep me", Files.readString(out));
        assertEquals(4, approved().size());

        Delivery.Delivered d = delivery.emailCsv("reports", out, true, "ana");
        assertEquals(4, d.messages());
        List<String> lines = Files.readAllLines(out);
        assertEquals("message_id,user_id,email,subject,body_text,body_html", lines.get(0));
        assertEquals(List.of(), approved());
    }

    @Test
    void oneBadAddressLeavesNoEmlFileAndNothingRecordedThenTheRestGoTogether() throws Exception {
        approveAll();
        Message bad = mail.get(2);
        // An approval given before addresses were checked, for an address that is really a list.
        String list = "cy@three.example, eve@evil.example";
        try (var c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); var s = c.prepareStatement("UPDATE person SET email = ? WHERE user_id = ?");
             var m = c.prepareStatement("UPDATE message SET approved_email = ?, approved_hash = ? WHERE id = ?")) {
            s.setString(1, list);
            s.setString(2, bad.userId());
            s.executeUpdate();
            m.setString(1, list);
            m.setString(2, Approvals.fingerprint(Channel.EMAIL, bad.subject(), bad.body(), bad.userId(), list));
            m.setLong(3, bad.id());
            m.executeUpdate();
        }
        Path folder = Files.createDirectories(temp.resolve("out")).resolve("eml");
        NotApprovedException refused = assertThrows(NotApprovedException.class, () -> delivery.emlFiles("reports", folder, false, "ana"));
        assertEquals("Nothing was delivered: message " + bad.id() + " for " + bad.userId() + " cannot leave: the address '" + list
                + "' is not exactly one bare email address: more than one address (a message has exactly one recipient). Reject it (or correct the person and import again),"
                + " then deliver the rest.", refused.getMessage());
        assertFalse(Files.exists(folder));
        try (Stream<Path> left = Files.list(temp.resolve("out"))) {
            assertEquals(List.of(), left.toList(), "no temporary folder left behind");
        }
        assertEquals(4, approved().size());
        assertTrue(mail.stream().allMatch(m -> outreach.review().audit(m.id()).stream().noneMatch(a -> a.action().equals("delivered"))));
        assertThrows(NotApprovedException.class, () -> delivery.emailCsv("reports", temp.resolve("mail.csv"), false, "ana"));
        assertFalse(Files.exists(temp.resolve("mail.csv")));

        outreach.review().reject(bad.id(), "address is a list", "ana");
        Delivery.Delivered d = delivery.emlFiles("reports", folder, false, "ana");
        assertEquals(3, d.messages());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> eml = files.sorted().toList();
            assertEquals(3, eml.size());
            for (Path file : eml) {
                try (InputStream in = Files.newInputStream(file)) {
                    assertEquals(1, new MimeMessage(Session.getInstance(new Properties()), in).getAllRecipients().length);
                }
            }
        }
        assertEquals(List.of(), approved());
    }

    @Test
    void aFolderThatHoldsFilesIsJoinedOnlyWhenAskedAndKeepsItsFiles() throws Exception {
        approveAll();
        Path folder = Files.createDirectories(temp.resolve("eml"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        ExportRefused refused = assertThrows(ExportRefused.class, () -> delivery.emlFiles("reports", folder, false, "ana"));
        assertTrue(refused.getMessage().endsWith("already holds files; choose a new or empty folder, or allow adding to it (--force)."),
                refused.getMessage());
        assertEquals(4, approved().size());

        assertEquals(4, delivery.emlFiles("reports", folder, true, "ana").messages());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(5, files.count());
        }
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void anSmtpRefusalStopsAtTheMessageNamesItAndASecondSendNeverRepeatsOne() throws Exception {
        Message bounce = mail.get(1);
        try (var c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); var s = c.prepareStatement("UPDATE person SET email = 'bounce@two.example' WHERE user_id = ?")) {
            s.setString(1, bounce.userId());
            s.executeUpdate();
        }
        approveAll();
        try (FakeSmtpServer server = new FakeSmtpServer()) {
            outreach.set("outreach.smtp.host", "127.0.0.1");
            outreach.set("outreach.smtp.port", Integer.toString(server.port()));
            IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> delivery.sendSmtp("reports", null, "ana"));
            assertTrue(stopped.getMessage().startsWith("Sending stopped at message " + bounce.id() + " for " + bounce.userId()
                    + " <bounce@two.example>: "), stopped.getMessage());
            assertTrue(stopped.getMessage().endsWith(". 1 of 4 emails were sent and recorded; the other 3 stay approved. Reject or fix"
                    + " message " + bounce.id() + ", then send again: the ones sent are not sent twice."), stopped.getMessage());
            Message first = mail.get(0);
            assertEquals(MessageStatus.SENT, outreach.review().message(first.id()).status());
            assertEquals(List.of(bounce.id(), mail.get(2).id(), mail.get(3).id()), approved().stream().map(Message::id).toList());

            outreach.review().reject(bounce.id(), "no such mailbox", "ana");
            assertEquals(2, delivery.sendSmtp("reports", null, "ana").messages());
            List<String> addresses = List.of(email(first), email(mail.get(2)), email(mail.get(3)));
            assertEquals(addresses, server.delivered(), "each once, the first not again");
        }
    }

    @Test
    void anOptedOutPersonReceivesNothingWhateverTheStatus() throws Exception {
        approveAll();
        OutreachFixture.importFile(workspace, temp, "people.csv", OutreachFixture.PEOPLE.replace(",false", ",true"));
        try (FakeSmtpServer server = new FakeSmtpServer()) {
            outreach.set("outreach.smtp.host", "127.0.0.1");
            outreach.set("outreach.smtp.port", Integer.toString(server.port()));
            Delivery.Delivered d = delivery.sendSmtp("reports", null, "ana");
            assertEquals(0, d.messages());
            assertEquals(4, d.backToReview().size());
            assertEquals("message " + mail.get(0).id() + " (" + mail.get(0).userId() + "): " + mail.get(0).userId() + " opted out",
                    d.backToReview().get(0));
            assertEquals(List.of(), server.delivered());
        }
    }

    private String email(Message m) {
        return OutreachFixture.PEOPLE.lines().filter(l -> l.startsWith(m.userId() + ",")).findFirst().orElseThrow().split(",")[5];
    }

    private void approveAll() {
        mail.forEach(m -> outreach.review().approve(m.id(), "ana"));
    }

    private List<Message> approved() {
        return outreach.review().queue("reports", MessageStatus.APPROVED);
    }
}
