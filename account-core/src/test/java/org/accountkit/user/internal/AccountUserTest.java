package org.accountkit.user.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.pricing.PriceDisplay;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

class AccountUserTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA");

    @Test
    void an_administrator_holds_every_right_and_a_user_only_the_granted_ones() {
        AccountUser petra = user(Role.ADMINISTRATOR);
        AccountUser jan = user(Role.USER, Right.PLACE_ORDERS);

        assertThat(petra.effectiveRights()).containsExactlyInAnyOrder(Right.values());
        assertThat(jan.effectiveRights()).containsExactly(Right.PLACE_ORDERS);
        assertThat(jan.holds(Right.SEE_INVOICES)).isFalse();
    }

    @Test
    void a_new_user_sees_prices_excluding_vat_with_both_prices_and_gets_documents_at_the_login_address() {
        AccountUser jan = user(Role.USER);

        assertThat(jan.priceDisplay()).isEqualTo(PriceDisplay.defaults());
        assertThat(jan.emailSettings().invoices()).isEqualTo(jan.email());
        assertThat(jan.emailSettings().marketing()).isEqualTo(new MarketingConsent.NotAsked());
    }

    @Test
    void a_plain_user_never_holds_the_right_to_manage_users() {
        AccountUser jan = user(Role.USER);

        assertThatThrownBy(() -> jan.changeRights(EnumSet.of(Right.MANAGE_USERS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> user(Role.USER, Right.MANAGE_USERS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_demoted_administrator_keeps_the_granted_rights_except_managing_users() {
        AccountUser petra = user(Role.ADMINISTRATOR, Right.APPROVE_ORDERS, Right.MANAGE_USERS);

        petra.changeRole(Role.USER);

        assertThat(petra.effectiveRights()).containsExactly(Right.APPROVE_ORDERS);
    }

    @Test
    void a_change_leaves_the_snapshot_it_was_restored_from_unchanged() {
        AccountUserSnapshot stored = user(Role.ADMINISTRATOR, Right.APPROVE_ORDERS, Right.MANAGE_USERS).snapshot();
        AccountUser restored = AccountUser.restore(stored);

        restored.changeRole(Role.USER);
        restored.changeRights(EnumSet.of(Right.SEE_PRICES));
        restored.rename("Petra de Vries");

        assertThat(stored.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(stored.grantedRights()).containsExactlyInAnyOrder(Right.APPROVE_ORDERS, Right.MANAGE_USERS);
        assertThat(stored.username()).isEqualTo("Jan");
        assertThat(restored.effectiveRights()).containsExactly(Right.SEE_PRICES);
        assertThat(restored.version()).isEqualTo(stored.version());
        assertThatThrownBy(() -> restored.grantedRights().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_username_is_plain_text_of_one_to_a_hundred_characters() {
        AccountUser jan = user(Role.USER);

        for (String refused : new String[] {" ", "Jan\u0000", "x".repeat(101), "Jan\uD800", "Jan\nde Monteur"}) {
            assertThatThrownBy(() -> jan.rename(refused)).as(refused).isInstanceOf(IllegalArgumentException.class);
        }
        jan.rename("  Jan de Monteur \uD83D\uDD27 ");
        assertThat(jan.username()).isEqualTo("Jan de Monteur \uD83D\uDD27");
    }

    @Test
    void a_user_without_rights_holds_none_and_can_be_given_some() {
        AccountUser jan = user(Role.USER);

        assertThat(jan.effectiveRights()).isEmpty();
        jan.changeRights(EnumSet.noneOf(Right.class));
        assertThat(jan.grantedRights()).isEmpty();
        jan.changeRights(EnumSet.of(Right.PLACE_ORDERS));
        assertThat(jan.holds(Right.PLACE_ORDERS)).isTrue();
    }

    @Test
    void the_moment_of_consent_changes_only_when_the_choice_does() {
        EmailSettings settings = user(Role.USER).emailSettings();
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        Instant friday = Instant.parse("2026-03-06T16:00:00Z");

        EmailSettings optedIn = settings.change(settings.invoices(), settings.invoices(), settings.invoices(), true, null,
                monday);
        EmailSettings confirmed = optedIn.change(optedIn.invoices(), optedIn.invoices(), optedIn.invoices(), true, null,
                friday);
        EmailSettings optedOut = confirmed.change(optedIn.invoices(), optedIn.invoices(), optedIn.invoices(), false,
                Language.ENGLISH, friday);

        assertThat(confirmed.marketing()).isEqualTo(new MarketingConsent.OptedIn(monday));
        assertThat(optedOut.marketing()).isEqualTo(new MarketingConsent.OptedOut(friday));
        assertThat(optedOut.marketing().allowsPromotions()).isFalse();
        assertThat(confirmed.language()).as("kept when not given").isEqualTo(Language.DUTCH);
        assertThat(optedOut.language()).isEqualTo(Language.ENGLISH);
    }

    private static AccountUser user(Role role, Right... rights) {
        EnumSet<Right> granted = EnumSet.noneOf(Right.class);
        granted.addAll(java.util.List.of(rights));
        return AccountUser.create(UserId.random(), new CustomerNumber("100234"),
                new EmailAddress("jan@installateur.nl"), "Jan", role, granted, HASH, Language.DUTCH);
    }
}
