package org.uptake.outreach;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * One SMTP session that sends emails one by one, handing each to {@code accepted} the moment the
 * server took it; a refusal stops the session and names the message, its person and how many went.
 */
final class SmtpSend {

    private final OutreachSettings settings;

    SmtpSend(OutreachSettings settings) {
        this.settings = settings;
    }

    /** Something that builds one message in a session. */
    @FunctionalInterface
    interface Compose {
        MimeMessage in(Session session) throws MessagingException;
    }

    /** Sends one message built in the session; throws with a one-line reason when the server will not take it. */
    void sendOne(Compose compose, String to) {
        Session session = session();
        Transport transport = connect(session);
        try {
            MimeMessage mime = compose.in(session);
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException("The mail to " + to + " was not sent: " + e.getMessage(), e);
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Sent or not, a failing goodbye changes nothing.
            }
        }
    }

    /** Sends {@code mail} in order; returns how many the server accepted (all of them, or it throws). */
    int send(List<Outgoing> mail, Consumer<Outgoing> accepted) {
        Session session = session();
        int sent = 0;
        Transport transport = connect(session);
        try {
            for (Outgoing o : mail) {
                try {
                    MimeMessage mime = DeliveryFormats.mime(session, settings.sender(), o);
                    transport.sendMessage(mime, mime.getAllRecipients());
                } catch (MessagingException e) {
                    throw new IllegalStateException(stopped(o, sent, mail.size(), e), e);
                }
                accepted.accept(o);
                sent++;
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Every accepted email is recorded already; a failing goodbye changes nothing.
            }
        }
        return sent;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        boolean auth = !settings.smtpUser().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        return Session.getInstance(props);
    }

    private Transport connect(Session session) {
        boolean auth = !settings.smtpUser().isBlank();
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            if (auth) {
                transport.connect(settings.smtpHost(), settings.smtpPort(), settings.smtpUser(), settings.smtpPassword());
            } else {
                transport.connect();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Nothing was sent: cannot connect to the SMTP server " + settings.smtpHost() + ":"
                    + settings.smtpPort() + ": " + e.getMessage(), e);
        }
        return transport;
    }

    private static String stopped(Outgoing o, int sent, int all, MessagingException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().replace('\n', ' ');
        return "Sending stopped at message " + o.message().id() + " for " + o.message().userId() + " <" + o.reach().email() + ">: "
                + reason + ". " + sent + " of " + all + " emails were sent and recorded; the other " + (all - sent)
                + " stay approved. Reject or fix message " + o.message().id() + ", then send again: the ones sent are not sent twice.";
    }
}
