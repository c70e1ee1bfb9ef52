package org.uptake.outreach;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Locale;
import org.uptake.workspace.Workspace;

/**
 * Mails the analyst's own reports (the watch's digest) through the workspace's SMTP settings. It is
 * never a way to reach customers: an address that belongs to a person in the data is refused.
 */
public final class AnalystMail {

    private final Workspace workspace;
    private final Secrets secrets;

    public AnalystMail(Workspace workspace, Secrets secrets) {
        this.workspace = workspace;
        this.secrets = secrets;
    }

    /** Sends one email with a plain-text and an HTML part to {@code to}. */
    public void send(String to, String subject, String text, String html) {
        String address = to == null ? "" : to.strip();
        if (address.isEmpty()) {
            throw new IllegalArgumentException("No address to mail the digest to: set watch.digestEmail to your own address.");
        }
        if (new OutreachQueries(workspace).isPersonEmail(address.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The digest is never sent to people in the data, and " + address
                    + " is a person's email in this workspace: set watch.digestEmail to your own address.");
        }
        OutreachSettings s = OutreachSettings.of(workspace.settings(), secrets);
        if (s.smtpHost().isBlank()) {
            throw new IllegalStateException("No SMTP server is set: set outreach.smtp.host (and port, user, password) first.");
        }
        new SmtpSend(s).sendOne(session -> {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(s.sender(), true));
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(address, true));
            mime.setSubject(subject, "UTF-8");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            mime.setContent(new MimeMultipart("alternative", plain, rich));
            mime.saveChanges();
            return mime;
        }, address);
    }
}
