package org.accountkit.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.Approver;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.UserId;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.internal.AccountUser;
import org.junit.jupiter.api.Test;

class ApproverDirectoryTest {

    private static final CustomerNumber JANSEN = new CustomerNumber("100234");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final AccountUser petra = user("petra", Role.ADMINISTRATOR);
    private final AccountUser kees = user("kees", Role.USER, Right.APPROVE_ORDERS);
    private final AccountUser lotte = user("lotte", Role.USER);
    private final AccountUser jan = user("jan", Role.USER, Right.PLACE_ORDERS);

    @Test
    void by_default_administrators_and_approvers_are_told_first_and_all_again_on_escalation() {
        ApproverDirectory directory = directory(List.of(petra, kees, lotte, jan), List.of(),
                ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS);

        assertThat(directory.firstLineFor(jan.id()))
                .containsExactlyInAnyOrder(Approver.own(petra.id()), Approver.own(kees.id()));
        assertThat(directory.escalationFor(jan.id()))
                .containsExactlyInAnyOrder(Approver.own(petra.id()), Approver.own(kees.id()));
        assertThat(directory.approversFor(kees.id())).containsExactly(Approver.own(petra.id()));
        assertThat(directory.authorityOf(lotte.id(), jan.id())).isEmpty();
    }

    @Test
    void a_customer_number_may_tell_approvers_first_and_administrators_on_escalation() {
        ApproverDirectory directory = directory(List.of(petra, kees, lotte, jan), List.of(),
                ApprovalRecipients.APPROVERS);

        assertThat(directory.firstLineFor(jan.id())).containsExactly(Approver.own(kees.id()));
        assertThat(directory.escalationFor(jan.id())).containsExactly(Approver.own(petra.id()));
    }

    @Test
    void a_customer_number_may_tell_administrators_only_and_approvers_when_there_are_none_to_tell() {
        ApproverDirectory administrators = directory(List.of(petra, kees, jan), List.of(),
                ApprovalRecipients.ADMINISTRATORS);
        ApproverDirectory withoutPlainApprovers = directory(List.of(petra, jan), List.of(),
                ApprovalRecipients.APPROVERS);

        assertThat(administrators.firstLineFor(jan.id())).containsExactly(Approver.own(petra.id()));
        assertThat(administrators.escalationFor(jan.id())).containsExactly(Approver.own(kees.id()));
        assertThat(withoutPlainApprovers.firstLineFor(jan.id())).containsExactly(Approver.own(petra.id()));
    }

    @Test
    void an_absent_approvers_substitute_decides_on_their_behalf_following_the_chain() {
        ApproverDirectory directory = directory(List.of(petra, kees, lotte, jan), List.of(
                away(kees, petra), away(petra, lotte)), ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS);

        assertThat(directory.approversFor(jan.id()))
                .containsExactly(new Approver(lotte.id(), petra.id()), new Approver(lotte.id(), kees.id()));
        assertThat(directory.authorityOf(lotte.id(), jan.id())).contains(new Approver(lotte.id(), petra.id()));
    }

    @Test
    void delegation_that_loops_or_reaches_the_requester_leaves_the_approver_in_charge() {
        ApproverDirectory looping = directory(List.of(petra, kees, jan),
                List.of(away(kees, petra), away(petra, kees)), ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS);
        ApproverDirectory toRequester = directory(List.of(petra, kees, jan),
                List.of(away(kees, jan)), ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS);

        assertThat(looping.approversFor(jan.id()))
                .containsExactly(Approver.own(petra.id()), Approver.own(kees.id()));
        assertThat(toRequester.approversFor(jan.id())).contains(Approver.own(kees.id()))
                .noneMatch(approver -> approver.decider().equals(jan.id()));
        assertThat(Substitution.wouldLoop(petra.id(), kees.id(), NOW, NOW.plusSeconds(3600),
                List.of(away(kees, petra)))).isTrue();
        assertThat(Substitution.wouldLoop(petra.id(), kees.id(), NOW.plusSeconds(7200), NOW.plusSeconds(9000),
                List.of(away(kees, petra)))).isFalse();
    }

    private static ApproverDirectory directory(List<AccountUser> users, List<Substitution> away,
            ApprovalRecipients recipients) {
        return new ApproverDirectory(users, away, NOW, recipients);
    }

    private static Substitution away(AccountUser approver, AccountUser substitute) {
        return Substitution.of(approver.id(), JANSEN, substitute.id(), NOW.minusSeconds(60), NOW.plusSeconds(3600));
    }

    private static AccountUser user(String name, Role role, Right... rights) {
        EnumSet<Right> granted = EnumSet.noneOf(Right.class);
        granted.addAll(List.of(rights));
        return AccountUser.create(UserId.random(), JANSEN, new EmailAddress(name + "@jansen.example"), name, role,
                granted, new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"), Language.DUTCH);
    }
}
