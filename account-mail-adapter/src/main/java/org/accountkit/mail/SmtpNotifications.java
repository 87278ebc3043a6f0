package org.accountkit.mail;

import java.util.Objects;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.Notifications;

/**
 * AccountKit's notices as e-mail over SMTP, with Jakarta Mail (Eclipse Angus Mail): to the recipient's address, in
 * their language, as plain text and HTML ({@code multipart/alternative}), from {@link MailTemplates}. The
 * {@code Message-ID} is derived from the notice's id, {@code <id@accountkit>}, so that a notice delivered again is
 * recognisably the same message.
 *
 * <pre>{@code
 * Notifications mail = SmtpNotifications.builder("smtp.wholesaler.example", 587)
 *         .from("Mijn account <noreply@wholesaler.example>").login("noreply", secret).startTls(true).build();
 * AccountKit kit = AccountKit.builder()...notifications(mail).build();
 * }</pre>
 *
 * A mail the server does not take fails with {@link MailNotSent}.
 */
public final class SmtpNotifications implements Notifications {

    private final Session session;
    private final InternetAddress from;
    private final MailTemplates templates;

    private SmtpNotifications(Builder builder) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", builder.host);
        properties.put("mail.smtp.port", String.valueOf(builder.port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(builder.timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(builder.timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(builder.timeoutMillis));
        properties.put("mail.smtp.starttls.enable", String.valueOf(builder.startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(builder.startTls));
        Authenticator login = null;
        if (builder.username != null) {
            properties.put("mail.smtp.auth", "true");
            String username = builder.username;
            String password = builder.password;
            login = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password);
                }
            };
        }
        this.session = Session.getInstance(properties, login);
        this.from = builder.from;
        this.templates = builder.templates;
    }

    /** Starts building notifications that go through the SMTP server at {@code host}:{@code port}. */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    @Override
    public void send(Notice notice) {
        MailTemplates.RenderedMail mail = templates.render(notice);
        try {
            MimeMessage message = new IdentifiedMessage(session, "<" + notice.id() + "@accountkit>");
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(notice.recipientEmail().value()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setHeader("Content-Language", notice.language().locale().getLanguage());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
            Transport.send(message);
        } catch (MessagingException failure) {
            throw new MailNotSent(notice.kind() + " " + notice.id() + " to " + notice.recipientEmail(), failure);
        }
    }

    /** A message whose {@code Message-ID} is ours, not one Jakarta Mail makes up when saving. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Settings for {@link SmtpNotifications}. */
    public static final class Builder {

        private final String host;
        private final int port;
        private InternetAddress from;
        private String username;
        private String password;
        private boolean startTls;
        private int timeoutMillis = 10_000;
        private MailTemplates templates = MailTemplates.builtIn();

        private Builder(String host, int port) {
            this.host = Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
        }

        /**
         * The sender, e.g. {@code Mijn account <noreply@wholesaler.example>}; required.
         *
         * @throws IllegalArgumentException when it is not an address
         */
        public Builder from(String address) {
            try {
                this.from = new InternetAddress(address, true);
            } catch (jakarta.mail.internet.AddressException notAnAddress) {
                throw new IllegalArgumentException("not a sender address: " + address, notAnAddress);
            }
            return this;
        }

        /** Logs in to the server with these credentials; without, no login. */
        public Builder login(String username, String password) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Whether to require STARTTLS (advised on port 587); off by default. */
        public Builder startTls(boolean required) {
            this.startTls = required;
            return this;
        }

        /** How long to wait for the server to connect, answer or take data; 10 seconds by default. */
        public Builder timeoutMillis(int millis) {
            if (millis < 1) {
                throw new IllegalArgumentException("a timeout is positive: " + millis);
            }
            this.timeoutMillis = millis;
            return this;
        }

        /** The templates; {@link MailTemplates#builtIn()} by default. */
        public Builder templates(MailTemplates templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /**
         * The notifications.
         *
         * @throws IllegalStateException when the sender is missing
         */
        public SmtpNotifications build() {
            if (from == null) {
                throw new IllegalStateException("SmtpNotifications needs a sender: builder(...).from(address)");
            }
            return new SmtpNotifications(this);
        }
    }
}
