package org.uptake.outreach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.uptake.workspace.SafeCsv;

/** How approved messages look when they leave: email and CSM-task CSV, in-app JSON, and MIME email. */
final class DeliveryFormats {

    private DeliveryFormats() {
    }

    static void emailCsv(List<Outgoing> mail, Writer out) {
        try (SafeCsv csv = new SafeCsv(out, "message_id", "user_id", "email", "subject", "body_text", "body_html")) {
            for (Outgoing o : mail) {
                csv.row(o.message().id(), o.message().userId(), o.reach().email(), o.message().subject(), o.message().body(),
                        SafeText.htmlParagraphs(o.message().body()));
            }
        }
    }

    static void csmTasksCsv(List<Outgoing> tasks, Writer out) {
        try (SafeCsv csv = new SafeCsv(out, "csm_owner", "account", "user_id", "email", "task", "notes")) {
            for (Outgoing o : tasks) {
                csv.row(o.reach().csmOwner(), o.reach().accountName(), o.message().userId(), o.reach().email(), o.message().subject(),
                        o.message().body());
            }
        }
    }

    static void inAppJson(List<Outgoing> messages, Writer out) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = json.createArrayNode();
        for (Outgoing o : messages) {
            var m = o.message();
            array.addObject().put("messageId", m.id()).put("userId", m.userId()).put("feature", m.featureKey())
                    .put("title", m.subject()).put("text", m.body()).put("markdown", SafeText.markdown(m.body()))
                    .put("html", SafeText.htmlParagraphs(m.body()));
        }
        out.write(json.writeValueAsString(array));
    }

    /** The email of {@code o}: to its one recipient (strictly parsed), plain text and escaped HTML. */
    static MimeMessage mime(Session session, String from, Outgoing o) throws MessagingException {
        var m = o.message();
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(from, true));
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, Recipient.of(o.reach().email()));
        mime.setSubject(m.subject(), "UTF-8");
        mime.setHeader("X-Uptake-Message", Long.toString(m.id()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.body(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><body>" + SafeText.htmlParagraphs(m.body()) + "</body></html>", "text/html; charset=UTF-8");
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.saveChanges();
        return mime;
    }
}
