package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.spi.AccountStorage;
import org.accountkit.NotPermitted;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Actor;
import org.accountkit.shared.UserId;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.LastAdministrator;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Role;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random sequences of adding, removing, promoting and demoting users by random actors, a customer number
 * always keeps at least one administrator, and every refusal is the one a simple model of the rules predicts.
 */
public abstract class LastAdministratorProperties {

    /** A storage to test: a new one, or a shared one (every try uses its own customer number). */
    protected abstract AccountStorage newStorage();

    /** What a step does. */
    enum Kind { ADD_USER, ADD_ADMINISTRATOR, REMOVE, PROMOTE, DEMOTE }

    /** A step: who acts (an index into the current users) on whom. */
    record Step(Kind kind, int actor, int target) {
    }

    @Property(tries = 60)
    void a_customer_number_always_keeps_an_administrator(@ForAll("steps") List<Step> steps) {
        AccountStorage storage = newStorage();
        AccountKit kit = Fixtures.kit(storage);
        CustomerNumber number = Fixtures.customerNumber();
        UserId first = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("eerste"))).administrator();
        List<UserId> members = new ArrayList<>(List.of(first));
        Map<UserId, Role> roles = new HashMap<>(Map.of(first, Role.ADMINISTRATOR));

        for (Step step : steps) {
            UserId actor = members.get(step.actor() % members.size());
            UserId target = members.get(step.target() % members.size());
            long administrators = roles.values().stream().filter(Role.ADMINISTRATOR::equals).count();
            boolean actorIsAdministrator = roles.get(actor) == Role.ADMINISTRATOR;
            boolean targetIsLastAdministrator = roles.get(target) == Role.ADMINISTRATOR && administrators == 1;

            Class<?> expected = !actorIsAdministrator ? NotPermitted.class
                    : (step.kind() == Kind.REMOVE || step.kind() == Kind.DEMOTE) && targetIsLastAdministrator
                            ? LastAdministrator.class : null;
            Object outcome = perform(kit, step.kind(), Actor.user(number, actor), target);

            if (expected == null) {
                assertThat(outcome).as("%s by %s", step, roles.get(actor)).isNotInstanceOf(AccountException.class);
                apply(step.kind(), target, outcome, members, roles);
            } else {
                assertThat(outcome).as("%s by %s", step, roles.get(actor)).isInstanceOf(expected);
            }
            assertThat(storage.users().countAdministrators(number))
                    .isEqualTo(roles.values().stream().filter(Role.ADMINISTRATOR::equals).count())
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50)).as(Step::new);
        return step.list().ofMaxSize(14);
    }

    private static Object perform(AccountKit kit, Kind kind, Actor actor, UserId target) {
        try {
            return switch (kind) {
                case ADD_USER -> add(kit, actor, Role.USER);
                case ADD_ADMINISTRATOR -> add(kit, actor, Role.ADMINISTRATOR);
                case REMOVE -> {
                    kit.removeUser().remove(actor, new RemoveUserCommand(target));
                    yield "removed";
                }
                case PROMOTE -> {
                    kit.changeRole().change(actor, new ChangeRoleCommand(target, Role.ADMINISTRATOR));
                    yield "promoted";
                }
                case DEMOTE -> {
                    kit.changeRole().change(actor, new ChangeRoleCommand(target, Role.USER));
                    yield "demoted";
                }
            };
        } catch (AccountException refused) {
            return refused;
        }
    }

    private static UserId add(AccountKit kit, Actor actor, Role role) {
        return kit.addUser().add(actor, new AddUserCommand(Fixtures.email("lid").value(), "Lid", role,
                Set.of(), Fixtures.PASSWORD));
    }

    private static void apply(Kind kind, UserId target, Object outcome, List<UserId> members,
            Map<UserId, Role> roles) {
        switch (kind) {
            case ADD_USER, ADD_ADMINISTRATOR -> {
                members.add((UserId) outcome);
                roles.put((UserId) outcome, kind == Kind.ADD_USER ? Role.USER : Role.ADMINISTRATOR);
            }
            case REMOVE -> {
                members.remove(target);
                roles.remove(target);
            }
            case PROMOTE -> roles.put(target, Role.ADMINISTRATOR);
            case DEMOTE -> roles.put(target, Role.USER);
        }
    }
}
