package org.accountkit.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.UserId;
import org.accountkit.user.AccountUser;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

class ApproverDirectoryTest {

    private static final CustomerNumber JANSEN = new CustomerNumber("100234");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final AccountUser petra = user("petra", Role.ADMINISTRATOR);
    private final AccountUser kees = user("kees", Role.USER, Right.APPROVE_ORDERS);
    private final AccountUser lotte = user("lotte", Role.USER);
    private final AccountUser jan = user("jan", Role.USER, Right.PLACE_ORDERS);

    @Test
    void users_with_the_approve_right_are_asked_first_and_administrators_on_escalation() {
        ApproverDirectory directory = new ApproverDirectory(List.of(petra, kees, lotte, jan), List.of(), NOW);

        assertThat(directory.firstLineFor(jan.id())).containsExactly(Approver.own(kees.id()));
        assertThat(directory.escalationFor(jan.id())).containsExactly(Approver.own(petra.id()));
        assertThat(directory.approversFor(kees.id())).containsExactly(Approver.own(petra.id()));
        assertThat(directory.authorityOf(lotte.id(), jan.id())).isEmpty();
    }

    @Test
    void an_absent_approvers_substitute_decides_on_their_behalf_following_the_chain() {
        ApproverDirectory directory = new ApproverDirectory(List.of(petra, kees, lotte, jan), List.of(
                away(kees, petra), away(petra, lotte)), NOW);

        assertThat(directory.approversFor(jan.id()))
                .containsExactly(new Approver(lotte.id(), petra.id()), new Approver(lotte.id(), kees.id()));
        assertThat(directory.authorityOf(lotte.id(), jan.id())).contains(new Approver(lotte.id(), petra.id()));
    }

    @Test
    void delegation_that_loops_or_reaches_the_requester_leaves_the_approver_in_charge() {
        ApproverDirectory looping = new ApproverDirectory(List.of(petra, kees, jan),
                List.of(away(kees, petra), away(petra, kees)), NOW);
        ApproverDirectory toRequester = new ApproverDirectory(List.of(petra, kees, jan),
                List.of(away(kees, jan)), NOW);

        assertThat(looping.approversFor(jan.id()))
                .containsExactly(Approver.own(petra.id()), Approver.own(kees.id()));
        assertThat(toRequester.approversFor(jan.id())).contains(Approver.own(kees.id()))
                .noneMatch(approver -> approver.decider().equals(jan.id()));
        assertThat(Substitution.wouldLoop(petra.id(), kees.id(), NOW, NOW.plusSeconds(3600),
                List.of(away(kees, petra)))).isTrue();
        assertThat(Substitution.wouldLoop(petra.id(), kees.id(), NOW.plusSeconds(7200), NOW.plusSeconds(9000),
                List.of(away(kees, petra)))).isFalse();
    }

    private static Substitution away(AccountUser approver, AccountUser substitute) {
        return Substitution.of(approver.id(), JANSEN, substitute.id(), NOW.minusSeconds(60), NOW.plusSeconds(3600));
    }

    private static AccountUser user(String name, Role role, Right... rights) {
        EnumSet<Right> granted = EnumSet.noneOf(Right.class);
        granted.addAll(List.of(rights));
        return AccountUser.create(UserId.random(), JANSEN, new EmailAddress(name + "@jansen.example"), name, role,
                granted, new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA"));
    }
}
