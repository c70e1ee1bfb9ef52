package org.uptake.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.workspace.Workspace;

/** An approval covers the text, channel, recipient address and consent it was given for, and one recipient only. */
class ApprovalTest {

    @TempDir
    Path temp;
    Workspace workspace;
    Outreach outreach;

    @BeforeEach
    void build() throws Exception {
        workspace = OutreachFixture.build(temp);
        outreach = OutreachFixture.outreach(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theFixtureEmailsFourDormantPeople() {
        assertEquals(List.of("u1", "u2", "u3", "u4"), outreach.review().queue("reports", null).stream()
                .filter(m -> m.channel() == Channel.EMAIL).map(Message::userId).sorted().toList());
    }

    @Test
    void aReimportThatChangesTheAddressSendsTheApprovedMessageBackToReview() throws Exception {
        Message m = OutreachFixture.messageTo(outreach, "u2");
        outreach.review().approve(m.id(), "ana");
        OutreachFixture.importFile(workspace, temp, "people.csv", OutreachFixture.PEOPLE.replace("bo@two.example", "bo@elsewhere.example"));

        assertEquals(List.of(), outreach.review().queue("reports", MessageStatus.APPROVED));
        assertEquals(MessageStatus.DRAFT, outreach.review().message(m.id()).status());
        AuditEntry last = lastAudit(m.id());
        assertEquals("approval void", last.action());
        assertEquals("u2's email address changed from bo@two.example to bo@elsewhere.example", last.detail());

        assertEquals(MessageStatus.APPROVED, outreach.review().approve(m.id(), "ana").status(), "approved again, for the new address");
        assertEquals(List.of(m.id()), outreach.review().queue("reports", MessageStatus.APPROVED).stream().map(Message::id).toList());
    }

    @Test
    void anOptOutVoidsTheApprovalAndNoOneApprovesItAgain() throws Exception {
        Message m = OutreachFixture.messageTo(outreach, "u3");
        outreach.review().approve(m.id(), "ana");
        OutreachFixture.importFile(workspace, temp, "people.csv", OutreachFixture.PEOPLE.replace("cy@three.example,false", "cy@three.example,true"));

        outreach.review().queue("reports", null);
        assertEquals(MessageStatus.DRAFT, outreach.review().message(m.id()).status());
        assertEquals("u3 opted out", lastAudit(m.id()).detail());
        ReviewRefused refused = assertThrows(ReviewRefused.class, () -> outreach.review().approve(m.id(), "ana"));
        assertEquals("Message " + m.id() + " cannot be approved: u3 opted out; reject it.", refused.getMessage());
    }

    @Test
    void editingAnApprovedMessageSendsItBackToReviewAndAnEditKeepsWhatItDoesNotChange() {
        Message m = OutreachFixture.messageTo(outreach, "u1");
        outreach.review().approve(m.id(), "ana");
        Message edited = outreach.review().edit(m.id(), null, m.body() + "\n\nSee you soon.", "bob");
        assertEquals(MessageStatus.DRAFT, edited.status());
        assertEquals(m.subject(), edited.subject(), "no new subject: the old one stays");
        assertNull(edited.decidedBy());
        assertEquals(List.of("created", "approved", "approval void", "edited"),
                outreach.review().audit(m.id()).stream().map(AuditEntry::action).toList());
        assertEquals("the draft was edited", outreach.review().audit(m.id()).get(2).detail());

        Message retitled = outreach.review().edit(m.id(), "Reports, at last", null, "bob");
        assertEquals("Reports, at last", retitled.subject());
        assertEquals(m.body() + "\n\nSee you soon.", retitled.body(), "no new body: the old one stays");
    }

    @Test
    void anApprovalFromBeforeApprovalsWereRecordedGoesBackToReview() throws Exception {
        Message m = OutreachFixture.messageTo(outreach, "u4");
        outreach.review().approve(m.id(), "ana");
        try (var c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); var s = c.createStatement()) {
            s.executeUpdate("UPDATE message SET approved_hash = NULL, approved_email = NULL WHERE id = " + m.id());
        }
        assertEquals(List.of(), outreach.review().queue("reports", MessageStatus.APPROVED));
        assertEquals("it was approved before Uptake recorded what an approval covers; review it again", lastAudit(m.id()).detail());
    }

    @Test
    void aMessageToAListANameOrALineBreakCannotBeApproved() throws Exception {
        Message m = OutreachFixture.messageTo(outreach, "u1");
        for (String address : List.of("ann@one.example, eve@evil.example", "Ann <ann@one.example>", "ann@one.example\r\nBcc: eve@evil.example",
                "team: ann@one.example, eve@evil.example;")) {
            setEmail("u1", address);
            ReviewRefused refused = assertThrows(ReviewRefused.class, () -> outreach.review().approve(m.id(), "ana"), address);
            assertEquals(true, refused.getMessage().startsWith("Message " + m.id() + " cannot be approved: for u1, the address "), refused.getMessage());
        }
        setEmail("u1", "ann@one.example");
        assertEquals(MessageStatus.APPROVED, outreach.review().approve(m.id(), "ana").status());
    }

    @Test
    void exactlyOneBareAddressIsARecipient() {
        assertNull(Recipient.problem("ann@one.example"));
        assertEquals("the address 'a@x.example, b@y.example' is not exactly one bare email address: more than one address (a message has exactly one recipient)",
                Recipient.problem("a@x.example, b@y.example"));
        assertEquals("the address 'Ann <ann@one.example>' is not exactly one bare email address: a display name or angle brackets around the address (give the address alone)",
                Recipient.problem("Ann <ann@one.example>"));
        assertEquals("the address 'a@x.example\\r\\nBcc: b@y.example' is not exactly one bare email address: contains a line break", Recipient.problem("a@x.example\r\nBcc: b@y.example"));
        assertEquals("there is no email address", Recipient.problem(" "));
    }

    @Test
    void reviewDecisionsActOnlyOnTheNamedFeaturesMessages() {
        Message m = OutreachFixture.messageTo(outreach, "u1");
        ReviewRefused refused = assertThrows(ReviewRefused.class, () -> outreach.review().ofFeature("alerts", Outreach.KIND, List.of(m.id())));
        assertEquals("Message " + m.id() + " is about reports, not alerts; nothing was changed.", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> outreach.review().ofFeature("no-such-feature", Outreach.KIND, List.of(m.id())));
    }

    private void setEmail(String userId, String email) throws Exception {
        try (var c = org.uptake.workspace.WorkspaceDatabase.connect(workspace); var s = c.prepareStatement("UPDATE person SET email = ? WHERE user_id = ?")) {
            s.setString(1, email);
            s.setString(2, userId);
            s.executeUpdate();
        }
    }

    private AuditEntry lastAudit(long id) {
        List<AuditEntry> trail = outreach.review().audit(id);
        return trail.get(trail.size() - 1);
    }
}
