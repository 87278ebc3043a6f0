package org.accountkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.ordering.CartLine;
import org.accountkit.outbox.Notice;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Money;
import org.accountkit.testkit.Fixtures;
import org.accountkit.testkit.MutableClock;
import org.accountkit.testkit.TestCatalog;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail adapter against a real SMTP server (GreenMail): the right people get the right mail in their language,
 * with a Message-ID from the notice's id, as plain text and HTML; a server that is down fails the mail, never the use
 * case.
 */
class SmtpNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private final MutableClock clock = new MutableClock(Fixtures.NOW);

    @Test
    void an_order_over_budget_mails_the_approvers_in_their_language_and_the_rejection_reaches_the_requester()
            throws Exception {
        AccountKit kit = kit(mail(SMTP.getSmtp().getPort()));
        CustomerNumber jansen = Fixtures.customerNumber();
        EmailAddress petraMail = Fixtures.email("petra");
        Actor petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, petraMail)).administrator());
        EmailAddress janMail = Fixtures.email("jan");
        Actor jan = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(janMail.value(), "Jan", Role.USER,
                Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        EmailAddress keesMail = Fixtures.email("kees");
        Actor kees = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(keesMail.value(), "Kees",
                Role.USER, Set.of(Right.APPROVE_ORDERS), Fixtures.PASSWORD)));
        kit.changeEmailSettings().change(kees, new ChangeEmailSettingsCommand(keesMail.value(), keesMail.value(),
                keesMail.value(), false, Language.ENGLISH));
        kit.setBudget().set(petra, new SetBudgetCommand(((Actor.UserActor) jan).user(), Money.euro("100.00"),
                BudgetPeriod.MONTH));
        CustomerNumber other = Fixtures.customerNumber();
        EmailAddress elsMail = Fixtures.email("els");
        kit.registerCustomerAccount().register(Actor.customerService("Anja"), Fixtures.registration(other, elsMail));

        ApprovalOutcome waiting = kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(
                TestCatalog.PRESS_TOOL, 1))));

        assertThat(waiting).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        MimeMessage toKees = only(keesMail);
        assertThat(toKees.getSubject()).isEqualTo("Order " + shortId(waiting.order()) + " awaits your approval");
        assertThat(toKees.getHeader("Content-Language")).containsExactly("en");
        assertThat(toKees.getMessageID()).matches("<[0-9a-f-]{36}@accountkit>");
        assertThat(parts(toKees)).hasSize(2);
        assertThat(parts(toKees).get(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts(toKees).get(0).getContent()).contains("EUR 1450.00", jansen.value());
        assertThat(parts(toKees).get(1).getContentType()).startsWith("text/html");
        assertThat((String) parts(toKees).get(1).getContent()).contains("<p>", "My account &gt; Approvals");

        kit.rejectOrder().reject(kees, new RejectOrderCommand(waiting.order(), "Huur er een <persmachine> voor"));

        MimeMessage toJan = only(janMail);
        assertThat(toJan.getSubject()).isEqualTo("Uw bestelling " + shortId(waiting.order()) + " is afgewezen");
        assertThat((String) parts(toJan).get(0).getContent()).contains("Reden: Huur er een <persmachine> voor");
        assertThat((String) parts(toJan).get(1).getContent()).contains("Huur er een &lt;persmachine&gt; voor");
        assertThat(toJan.getMessageID()).isNotEqualTo(toKees.getMessageID());
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).flatMap(SmtpNotificationsTest::recipients))
                .as("nobody outside the customer number").doesNotContain(elsMail.value())
                .allMatch(address -> List.of(petraMail.value(), janMail.value(), keesMail.value()).contains(address));
    }

    @Test
    void a_notice_sent_again_is_the_same_message() throws Exception {
        SmtpNotifications mail = mail(SMTP.getSmtp().getPort());
        Notice notice = notice(Notice.Kind.ORDER_APPROVED, Language.DUTCH);

        mail.send(notice);
        mail.send(notice);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID())
                .isEqualTo("<" + notice.id() + "@accountkit>");
        assertThat(received[0].getSubject()).startsWith("Uw bestelling").endsWith("is goedgekeurd");
    }

    @Test
    void with_the_server_down_the_mail_fails_but_the_order_waits_as_decided() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        SmtpNotifications down = SmtpNotifications.builder("localhost", closed).from("noreply@groothandel.example")
                .timeoutMillis(2_000).build();
        assertThatThrownBy(() -> down.send(notice(Notice.Kind.APPROVAL_REQUESTED, Language.ENGLISH)))
                .isInstanceOf(MailNotSent.class).hasMessageContaining("APPROVAL_REQUESTED");

        AccountKit kit = kit(down);
        CustomerNumber jansen = Fixtures.customerNumber();
        Actor petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        Actor.UserActor jan = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("jan").value(), "Jan", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("100.00"), BudgetPeriod.MONTH));

        ApprovalOutcome waiting = kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(
                TestCatalog.PRESS_TOOL, 1))));

        assertThat(waiting).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        assertThat(kit.viewBudget().view(jan, jan.user()).reserved()).contains(Money.euro("1450.00"));
    }

    @Test
    void notices_of_approvals_made_while_the_mail_server_was_down_are_all_mailed_once_it_is_back() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        SmtpNotifications down = SmtpNotifications.builder("localhost", closed).from("noreply@groothandel.example")
                .timeoutMillis(2_000).build();
        SmtpNotifications up = mail(SMTP.getSmtp().getPort());
        java.util.concurrent.atomic.AtomicReference<SmtpNotifications> server =
                new java.util.concurrent.atomic.AtomicReference<>(down);
        AccountKit kit = Fixtures.builder(new InMemoryAccountStorage(), clock)
                .notifications(notice -> server.get().send(notice)).build();
        CustomerNumber jansen = Fixtures.customerNumber();
        Actor petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        Actor.UserActor jan = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("jan").value(), "Jan", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("100.00"), BudgetPeriod.MONTH));
        for (int order = 0; order < 3; order++) {
            ApprovalOutcome waiting = kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(
                    TestCatalog.PRESS_TOOL, 1))));
            if (order == 2) {
                kit.rejectOrder().reject(petra, new RejectOrderCommand(waiting.order(), "Een is genoeg"));
            }
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        server.set(up);
        clock.advance(java.time.Duration.ofMinutes(1));
        kit.deliverOutbox().deliver(100);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).as("three approval requests to Petra, one rejection to Jan").hasSize(4);
        assertThat(Arrays.stream(received).map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        })).doesNotHaveDuplicates();
        assertThat(kit.deliverOutbox().deliver(100).delivered()).isZero();
    }

    @Test
    void every_notice_has_a_subject_text_and_html_in_both_languages_and_a_host_overrides_single_templates(
            @TempDir Path own) throws IOException {
        for (Notice.Kind kind : Notice.Kind.values()) {
            for (Language language : Language.values()) {
                MailTemplates.RenderedMail mail = MailTemplates.builtIn().render(notice(kind, language));
                assertThat(mail.subject()).as("%s %s", kind, language).isNotBlank().doesNotContain("{{");
                assertThat(mail.text()).isNotBlank().doesNotContain("{{");
                assertThat(mail.html()).startsWith("<!DOCTYPE html>").doesNotContain("{{").doesNotContain("<1>");
            }
        }
        Files.writeString(own.resolve("order-approved.nl.txt"), "Subject: Goedgekeurd: {{total}}\n\nGa je gang.\n",
                StandardCharsets.UTF_8);

        MailTemplates templates = MailTemplates.overriddenBy(own);

        assertThat(templates.render(notice(Notice.Kind.ORDER_APPROVED, Language.DUTCH)).subject())
                .isEqualTo("Goedgekeurd: EUR 99.95");
        assertThat(templates.render(notice(Notice.Kind.ORDER_APPROVED, Language.ENGLISH)).subject())
                .as("the others stay AccountKit's").startsWith("Your order");
    }

    private AccountKit kit(SmtpNotifications mail) {
        return Fixtures.builder(new InMemoryAccountStorage(), clock).notifications(mail).build();
    }

    private static SmtpNotifications mail(int port) {
        return SmtpNotifications.builder("localhost", port).from("Mijn account <noreply@groothandel.example>")
                .build();
    }

    private static Notice notice(Notice.Kind kind, Language language) {
        boolean quote = kind == Notice.Kind.QUOTE_ANSWERED;
        boolean document = !kind.aboutOrderRequest() && !quote;
        return new Notice(kind, org.accountkit.shared.UserId.random(), null,
                kind.aboutOrderRequest() ? new OrderRequestId(UUID.randomUUID()) : null, new CustomerNumber("100234"),
                org.accountkit.shared.UserId.random(), new Money(new BigDecimal("99.95"), Money.euro("0").currency()),
                kind == Notice.Kind.ORDER_REJECTED || kind == Notice.Kind.RETURN_RESOLVED ? "Te duur" : null,
                quote ? "OF-2026-000001" : null, UUID.randomUUID(), new EmailAddress("jan@installateur.example"),
                language, document ? "ORD-4711" : null,
                kind == Notice.Kind.ORDER_SHIPPED ? "https://track.example/?code=3S<1>" : null);
    }

    private static MimeMessage only(EmailAddress recipient) throws Exception {
        List<MimeMessage> mine = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> recipients(message).anyMatch(recipient.value()::equals)).toList();
        assertThat(mine).as("mail to %s", recipient).hasSize(1);
        return mine.get(0);
    }

    private static java.util.stream.Stream<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static List<BodyPart> parts(MimeMessage message) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        List<BodyPart> parts = new java.util.ArrayList<>();
        for (int index = 0; index < alternative.getCount(); index++) {
            parts.add(alternative.getBodyPart(index));
        }
        return parts;
    }

    private static String shortId(OrderRequestId order) {
        return order.value().toString().substring(0, 8);
    }
}
