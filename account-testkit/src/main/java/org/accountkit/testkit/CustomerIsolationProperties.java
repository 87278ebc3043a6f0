package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.NotPermitted;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.ChangeAddressCommand;
import org.accountkit.address.DeleteAddressCommand;
import org.accountkit.address.SavedAddress;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.UserSummary;

/**
 * No actor reads or changes anything of another customer number, and the answer to trying is exactly the answer
 * for a record that does not exist: over random actors (administrators, users with and without rights, of either
 * customer number), random operations and random targets.
 */
public abstract class CustomerIsolationProperties {

    private AccountStorage storage;
    private AccountKit kit;
    private Company jansen;
    private Company devries;

    /** A storage to test: a new one, or a shared one (the property uses its own customer numbers). */
    protected abstract AccountStorage newStorage();

    /** A customer number with an administrator, a user with every grantable right, one with none, an address. */
    record Company(CustomerNumber number, List<Actor> actors, List<UserId> users, AddressId address,
            OrderRequestId order) {
    }

    /** What an actor tries on the other company. */
    enum Operation {
        REMOVE_USER, CHANGE_RIGHTS, CHANGE_ROLE, CHANGE_ADDRESS, DELETE_ADDRESS, MAKE_ADDRESS_PRIMARY, LIST_AUDIT_TRAIL,
        APPROVE_ORDER, REJECT_ORDER, WITHDRAW_ORDER, VIEW_ORDER, SET_BUDGET, VIEW_BUDGET, NAME_SUBSTITUTE
    }

    @BeforeProperty
    void twoCompanies() {
        storage = newStorage();
        kit = Fixtures.kit(storage);
        jansen = company();
        devries = company();
    }

    @Property(tries = 300)
    void no_actor_reaches_another_customer_number(@ForAll boolean fromJansen, @ForAll("actorIndex") int actorIndex,
            @ForAll Operation operation, @ForAll("targetIndex") int targetIndex) {
        Company own = fromJansen ? jansen : devries;
        Company other = fromJansen ? devries : jansen;
        Actor actor = own.actors().get(actorIndex);
        StoredState otherBefore = StoredState.of(storage, other.number());
        StoredState ownBefore = StoredState.of(storage, own.number());

        Object acrossCustomers = attempt(actor, operation, other.users().get(targetIndex), other.address(),
                other.number(), other.order());
        Object nonexistent = attempt(actor, operation, UserId.random(), new AddressId(UUID.randomUUID()),
                Fixtures.customerNumber(), new OrderRequestId(UUID.randomUUID()));

        assertThat(describe(acrossCustomers)).isEqualTo(describe(nonexistent));
        assertThat(acrossCustomers).isInstanceOf(AccountException.class);
        assertThat(StoredState.of(storage, other.number())).isEqualTo(otherBefore);
        assertThat(StoredState.of(storage, own.number())).isEqualTo(ownBefore);
    }

    @Property(tries = 200)
    void an_actor_claiming_another_customer_number_is_an_unknown_user(@ForAll boolean fromJansen,
            @ForAll("actorIndex") int actorIndex, @ForAll Operation operation, @ForAll("targetIndex") int targetIndex) {
        Company own = fromJansen ? jansen : devries;
        Company other = fromJansen ? devries : jansen;
        Actor.UserActor actor = (Actor.UserActor) own.actors().get(actorIndex);
        Actor claiming = Actor.user(other.number(), actor.user());
        Actor stranger = Actor.user(other.number(), UserId.random());
        StoredState otherBefore = StoredState.of(storage, other.number());
        StoredState ownBefore = StoredState.of(storage, own.number());

        Object claimed = attempt(claiming, operation, other.users().get(targetIndex), other.address(),
                other.number(), other.order());
        Object unknown = attempt(stranger, operation, other.users().get(targetIndex), other.address(),
                other.number(), other.order());

        assertThat(describe(claimed)).isEqualTo(describe(unknown));
        assertThat(claimed).isInstanceOf(NotPermitted.class);
        assertThat(StoredState.of(storage, other.number())).isEqualTo(otherBefore);
        assertThat(StoredState.of(storage, own.number())).isEqualTo(ownBefore);
    }

    @Property(tries = 30)
    void overviews_show_only_the_actors_own_customer_number(@ForAll boolean fromJansen,
            @ForAll("actorIndex") int actorIndex) {
        Company own = fromJansen ? jansen : devries;
        Actor actor = own.actors().get(actorIndex);

        assertThat(kit.listAddresses().list(actor)).extracting(SavedAddress::id).containsExactly(own.address());
        assertThat(kit.viewProfile().view(actor).customerNumber()).isEqualTo(own.number());
        try {
            assertThat(kit.listUsers().list(actor, PageRequest.first(50)).items()).extracting(UserSummary::id)
                    .containsExactlyInAnyOrderElementsOf(own.users());
        } catch (AccountException notAnAdministrator) {
            assertThat(actorIndex).isNotZero();
        }
    }

    @Provide
    Arbitrary<Integer> actorIndex() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Integer> targetIndex() {
        return Arbitraries.integers().between(0, 2);
    }

    private Object attempt(Actor actor, Operation operation, UserId user, AddressId address, CustomerNumber number,
            OrderRequestId order) {
        try {
            switch (operation) {
                case REMOVE_USER -> kit.removeUser().remove(actor, new RemoveUserCommand(user));
                case CHANGE_RIGHTS -> kit.changeRights().change(actor,
                        new ChangeRightsCommand(user, EnumSet.of(Right.SEE_PRICES)));
                case CHANGE_ROLE -> kit.changeRole().change(actor, new ChangeRoleCommand(user, Role.USER));
                case CHANGE_ADDRESS -> kit.changeAddress().change(actor,
                        new ChangeAddressCommand(address, "Gekaapt", Fixtures.addressFields("Gekaapt")));
                case DELETE_ADDRESS -> kit.deleteAddress().delete(actor, new DeleteAddressCommand(address));
                case MAKE_ADDRESS_PRIMARY -> kit.setPrimaryAddress().makePrimary(actor,
                        new SetPrimaryAddressCommand(address));
                case LIST_AUDIT_TRAIL -> {
                    return kit.listAuditTrail().list(actor, AuditTrailQuery.of(number, PageRequest.first(10)));
                }
                case APPROVE_ORDER -> kit.approveOrder().approve(actor, new ApproveOrderCommand(order));
                case REJECT_ORDER -> kit.rejectOrder().reject(actor, new RejectOrderCommand(order, "Gekaapt"));
                case WITHDRAW_ORDER -> kit.withdrawOrder().withdraw(actor, new WithdrawOrderCommand(order));
                case VIEW_ORDER -> {
                    return kit.viewOrderRequest().view(actor, order);
                }
                case SET_BUDGET -> kit.setBudget().set(actor, new SetBudgetCommand(user, Money.euro("1.00"),
                        BudgetPeriod.YEAR));
                case VIEW_BUDGET -> {
                    return kit.viewBudget().view(actor, user);
                }
                case NAME_SUBSTITUTE -> kit.nameSubstitute().name(actor, new NameSubstituteCommand(user,
                        Fixtures.NOW, Fixtures.NOW.plusSeconds(3600)));
            }
            return "done";
        } catch (AccountException refused) {
            return refused;
        }
    }

    private static String describe(Object outcome) {
        return outcome instanceof AccountException refused
                ? refused.getClass().getSimpleName() + ": " + refused.getMessage()
                : Objects.toString(outcome);
    }

    private Company company() {
        CustomerNumber number = Fixtures.customerNumber();
        UserId administrator = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("beheerder"))).administrator();
        Actor admin = Actor.user(number, administrator);
        UserId capable = kit.addUser().add(admin, new AddUserCommand(Fixtures.email("alles").value(), "Alles Mag",
                Role.USER, EnumSet.complementOf(EnumSet.of(Right.MANAGE_USERS)), Fixtures.PASSWORD));
        UserId none = kit.addUser().add(admin, new AddUserCommand(Fixtures.email("niets").value(), "Niets Mag",
                Role.USER, Set.of(), Fixtures.PASSWORD));
        AddressId address = kit.addAddress().add(admin, new AddAddressCommand("Werkplaats",
                Fixtures.addressFields("Werkplaats"), true));
        kit.setBudget().set(admin, new SetBudgetCommand(capable, Money.euro("10.00"), BudgetPeriod.MONTH));
        OrderRequestId order = kit.submitOrder().submit(Actor.user(number, capable), new SubmitOrderCommand(
                List.of(new CartLine(TestCatalog.DRILL, 1)))).order();
        return new Company(number, List.of(admin, Actor.user(number, capable), Actor.user(number, none)),
                List.of(administrator, capable, none), address, order);
    }
}
