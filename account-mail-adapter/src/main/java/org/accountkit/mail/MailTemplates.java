package org.accountkit.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accountkit.outbox.Notice;
import org.accountkit.shared.Language;

/**
 * The texts of the mails, as resources: per notice kind and language a plain-text template ({@code
 * approval-requested.nl.txt}: a {@code Subject:} line, an empty line, the body) and an HTML body ({@code
 * approval-requested.nl.html}). Placeholders {@code {{order}}}, {@code {{total}}}, {@code {{reason}}}, {@code
 * {{quote}}}, {@code {{document}}}, {@code {{link}}}, {@code {{customerNumber}}} and {@code {{substituteNote}}}
 * are filled in; in HTML escaped. A host
 * overrides any template by putting a file of the same name in a directory of its own ({@link #overriddenBy}); the
 * others stay AccountKit's.
 */
public final class MailTemplates {

    private static final String BUILT_IN = "templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Path overrides;

    private MailTemplates(Path overrides) {
        this.overrides = overrides;
    }

    /** AccountKit's own templates, in Dutch and English. */
    public static MailTemplates builtIn() {
        return new MailTemplates(null);
    }

    /** These templates, with those of {@code directory} (same file names) taking precedence. */
    public static MailTemplates overriddenBy(Path directory) {
        return new MailTemplates(Objects.requireNonNull(directory, "directory"));
    }

    /** A mail ready to send: subject, plain text and HTML. */
    public record RenderedMail(String subject, String text, String html) {
    }

    /**
     * The notice as a mail in the recipient's language.
     *
     * @throws IllegalStateException when a template is missing or has no subject line
     */
    public RenderedMail render(Notice notice) {
        String name = notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "."
                + notice.language().locale().getLanguage();
        String plain = template(name + ".txt");
        if (!plain.startsWith("Subject: ") || !plain.contains("\n\n")) {
            throw new IllegalStateException("mail template " + name + ".txt does not start with a Subject line");
        }
        Map<String, String> values = values(notice);
        String subject = fill(plain.substring("Subject: ".length(), plain.indexOf('\n')).strip(), values, false);
        String text = fill(plain.substring(plain.indexOf("\n\n") + 2), values, false);
        String html = fill(template(name + ".html"), values, true);
        return new RenderedMail(subject, text, html);
    }

    private static Map<String, String> values(Notice notice) {
        boolean dutch = notice.language() == Language.DUTCH;
        return Map.of(
                "order", notice.order() == null ? "" : notice.order().value().toString().substring(0, 8),
                "total", notice.netTotal().toString(),
                "reason", Optional.ofNullable(notice.reason()).orElse(""),
                "quote", Optional.ofNullable(notice.quote()).orElse(""),
                "customerNumber", notice.customerNumber().value(),
                "document", Optional.ofNullable(notice.document()).orElse(""),
                "link", Optional.ofNullable(notice.link()).orElse(""),
                "substituteNote", notice.substituteFor().isEmpty() ? ""
                        : dutch ? " U beslist als vervanger van een afwezige collega."
                                : " You decide as the substitute of an absent colleague.");
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("mail template names an unknown placeholder " + placeholder.group());
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(html ? escaped(value) : value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private String template(String file) {
        try {
            if (overrides != null && Files.isRegularFile(overrides.resolve(file))) {
                return Files.readString(overrides.resolve(file), StandardCharsets.UTF_8);
            }
            try (InputStream in = MailTemplates.class.getResourceAsStream(BUILT_IN + file)) {
                if (in == null) {
                    throw new IllegalStateException("no mail template " + file);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("mail template " + file + " cannot be read", unreadable);
        }
    }
}
