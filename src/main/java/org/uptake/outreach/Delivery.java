package org.uptake.outreach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.uptake.model.Channel;
import org.uptake.model.Message;
import org.uptake.model.MessageStatus;
import org.uptake.workspace.Workspace;
import org.uptake.workspace.WorkspaceDataException;
import org.uptake.workspace.WorkspaceSettings;

/**
 * Takes approved messages out of the workspace — and only approved ones, whichever path asks:
 * email as CSV for an email platform and as .eml files, in-app messages as JSON for an in-app guide
 * tool, CSM tasks as CSV, or email through a configured SMTP server. Delivered messages become
 * SENT, join a campaign (with the feature's held-out people as its control), and are audited.
 */
public final class Delivery {

    /** What a delivery did. */
    public record Delivered(String campaignId, int messages, int controlPeople, Path where) {
    }

    private static final DateTimeFormatter CAMPAIGN = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Workspace workspace;
    private final OutreachQueries queries;

    public Delivery(Workspace workspace) {
        this.workspace = workspace;
        this.queries = new OutreachQueries(workspace);
    }

    /**
     * The approved outreach messages of a channel; when {@code ids} are given, exactly those, and
     * any of them not approved refuses the whole delivery.
     */
    List<Message> approved(String featureKey, Channel channel, List<Long> ids) {
        if (ids != null && !ids.isEmpty()) {
            List<Message> chosen = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (long id : ids) {
                Message m = queries.message(id);
                if (m.status() != MessageStatus.APPROVED || !m.featureKey().equals(featureKey) || m.channel() != channel) {
                    refused.add(id + " (" + m.status().name().toLowerCase() + ", " + m.channel().label() + ")");
                } else {
                    chosen.add(m);
                }
            }
            if (!refused.isEmpty()) {
                throw new NotApprovedException("Nothing was delivered: only approved " + channel.label() + " messages of this feature"
                        + " can leave the workspace, and these are not: " + String.join(", ", refused) + ".");
            }
            return chosen;
        }
        return queries.messages(featureKey, Outreach.KIND, MessageStatus.APPROVED).stream().filter(m -> m.channel() == channel).toList();
    }

    public Delivered emailCsv(String featureKey, Path file, String actor) {
        List<Message> mail = approved(featureKey, Channel.EMAIL, null);
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Message m : mail) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("message_id", Long.toString(m.id()));
            row.put("user_id", SafeText.csvCell(m.userId()));
            row.put("email", SafeText.csvCell(reachOf(reach, m).email()));
            row.put("subject", SafeText.csvCell(m.subject()));
            row.put("body_text", SafeText.csvCell(m.body()));
            row.put("body_html", SafeText.csvCell(SafeText.htmlParagraphs(m.body())));
            rows.add(row);
        }
        writeCsv(file, rows, List.of("message_id", "user_id", "email", "subject", "body_text", "body_html"));
        return delivered(featureKey, mail, actor, "exported as email CSV to " + file.getFileName(), file);
    }

    public Delivered emlFiles(String featureKey, Path folder, String actor) {
        List<Message> mail = approved(featureKey, Channel.EMAIL, null);
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        String sender = OutreachSettings.of(new WorkspaceSettings(workspace.dataSource())).sender();
        try {
            Files.createDirectories(folder);
            for (Message m : mail) {
                MimeMessage mime = mime(Session.getInstance(new Properties()), sender, reachOf(reach, m).email(), m);
                try (OutputStream out = Files.newOutputStream(folder.resolve("message-" + m.id() + ".eml"))) {
                    mime.writeTo(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the .eml files to " + folder + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot build an email: " + e.getMessage(), e);
        }
        return delivered(featureKey, mail, actor, "exported as .eml to " + folder.getFileName(), folder);
    }

    public Delivered inAppJson(String featureKey, Path file, String actor) {
        List<Message> messages = approved(featureKey, Channel.IN_APP, null);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = json.createArrayNode();
        for (Message m : messages) {
            array.addObject().put("messageId", m.id()).put("userId", m.userId()).put("feature", m.featureKey())
                    .put("title", m.subject()).put("text", m.body()).put("markdown", SafeText.markdown(m.body()))
                    .put("html", SafeText.htmlParagraphs(m.body()));
        }
        try {
            Files.writeString(file, json.writeValueAsString(array), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return delivered(featureKey, messages, actor, "exported as in-app JSON to " + file.getFileName(), file);
    }

    public Delivered csmTasksCsv(String featureKey, Path file, String actor) {
        List<Message> tasks = approved(featureKey, Channel.CSM_TASK, null);
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Message m : tasks) {
            OutreachQueries.Reach r = reachOf(reach, m);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("csm_owner", SafeText.csvCell(r.csmOwner()));
            row.put("account", SafeText.csvCell(r.accountName()));
            row.put("user_id", SafeText.csvCell(m.userId()));
            row.put("email", SafeText.csvCell(r.email()));
            row.put("task", SafeText.csvCell(m.subject()));
            row.put("notes", SafeText.csvCell(m.body()));
            rows.add(row);
        }
        writeCsv(file, rows, List.of("csm_owner", "account", "user_id", "email", "task", "notes"));
        return delivered(featureKey, tasks, actor, "exported as CSM tasks to " + file.getFileName(), file);
    }

    /** Sends the approved emails (all, or exactly {@code ids}) through the SMTP server in the settings. */
    public Delivered sendSmtp(String featureKey, List<Long> ids, String actor) {
        OutreachSettings s = OutreachSettings.of(new WorkspaceSettings(workspace.dataSource()));
        if (s.smtpHost().isBlank()) {
            throw new IllegalStateException("No SMTP server is set: set outreach.smtp.host (and port, user, password) first.");
        }
        List<Message> mail = approved(featureKey, Channel.EMAIL, ids);
        Properties props = new Properties();
        props.put("mail.smtp.host", s.smtpHost());
        props.put("mail.smtp.port", Integer.toString(s.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        boolean auth = !s.smtpUser().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        Session session = Session.getInstance(props);
        Map<Integer, OutreachQueries.Reach> reach = queries.reach();
        List<Message> sent = new ArrayList<>();
        try (Transport transport = session.getTransport("smtp")) {
            if (auth) {
                transport.connect(s.smtpHost(), s.smtpPort(), s.smtpUser(), s.smtpPassword());
            } else {
                transport.connect();
            }
            for (Message m : mail) {
                MimeMessage mime = mime(session, s.sender(), reachOf(reach, m).email(), m);
                transport.sendMessage(mime, mime.getAllRecipients());
                sent.add(m);
            }
        } catch (MessagingException e) {
            if (!sent.isEmpty()) {
                delivered(featureKey, sent, actor, "sent via SMTP " + s.smtpHost() + " (stopped early: " + e.getMessage() + ")", null);
            }
            throw new IllegalStateException("Sending stopped after " + sent.size() + " of " + mail.size() + " emails: " + e.getMessage(), e);
        }
        return delivered(featureKey, sent, actor, "sent via SMTP " + s.smtpHost(), null);
    }

    /** The recipient's address and account; a person merged or removed since drafting refuses the delivery by name. */
    private static OutreachQueries.Reach reachOf(Map<Integer, OutreachQueries.Reach> reach, Message m) {
        OutreachQueries.Reach r = reach.get(m.personId());
        if (r == null || m.channel() == Channel.EMAIL && (r.email() == null || r.email().isBlank())) {
            throw new IllegalStateException("Message " + m.id() + " is for " + m.userId() + ", who has no email address in the"
                    + " workspace any more; reject it and deliver the rest.");
        }
        return r;
    }

    private static MimeMessage mime(Session session, String from, String to, Message m) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(to));
        mime.setSubject(m.subject(), "UTF-8");
        mime.setHeader("X-Uptake-Message", Long.toString(m.id()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.body(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><body>" + SafeText.htmlParagraphs(m.body()) + "</body></html>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    private static void writeCsv(Path file, List<Map<String, String>> rows, List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        try {
            Files.writeString(file, new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Marks the messages sent, records the campaign (contacted + the feature's unassigned control) and audits it, in one transaction. */
    private Delivered delivered(String featureKey, List<Message> messages, String actor, String how, Path where) {
        if (messages.isEmpty()) {
            return new Delivered(null, 0, 0, where);
        }
        Instant now = Instant.now();
        String campaign = "uptake-" + featureKey + "-" + CAMPAIGN.format(now) + "-" + messages.get(0).channel().name().toLowerCase();
        int control;
        try (Connection c = workspace.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement sent = c.prepareStatement("UPDATE message SET status = 'SENT', sent_at = ?, campaign_id = ?"
                    + " WHERE id = ? AND status = 'APPROVED'");
                 PreparedStatement contact = c.prepareStatement("MERGE INTO campaign_contact (campaign_id, person_id, group_name,"
                         + " channel, sent_at, subject) KEY (campaign_id, person_id) VALUES (?, ?, 'treatment', ?, ?, ?)")) {
                for (Message m : messages) {
                    sent.setObject(1, now.atOffset(ZoneOffset.UTC));
                    sent.setString(2, campaign);
                    sent.setLong(3, m.id());
                    if (sent.executeUpdate() != 1) {
                        c.rollback();
                        throw new NotApprovedException("Message " + m.id() + " stopped being approved during the delivery; nothing was recorded.");
                    }
                    contact.setString(1, campaign);
                    contact.setInt(2, m.personId());
                    contact.setString(3, m.channel().name().toLowerCase());
                    contact.setObject(4, now.atOffset(ZoneOffset.UTC));
                    contact.setString(5, m.subject());
                    contact.executeUpdate();
                    OutreachQueries.audit(c, m.id(), actor, "delivered", how + " in campaign " + campaign);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign_contact (campaign_id, person_id, group_name, channel,"
                    + " sent_at) SELECT ?, person_id, 'control', NULL, ? FROM outreach_holdout WHERE feature_key = ? AND campaign_id IS NULL")) {
                s.setString(1, campaign);
                s.setObject(2, now.atOffset(ZoneOffset.UTC));
                s.setString(3, featureKey);
                control = s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE outreach_holdout SET campaign_id = ? WHERE feature_key = ? AND campaign_id IS NULL")) {
                s.setString(1, campaign);
                s.setString(2, featureKey);
                s.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new WorkspaceDataException("Cannot record the delivery", e);
        }
        return new Delivered(campaign, messages.size(), control, where);
    }
}
