package org.accountkit.user.internal;

import java.util.Objects;

import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountUsers;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.jmolecules.ddd.annotation.Service;

/**
 * Decides who may do what, for every use case. A user acts only within their own customer number, and every user
 * is looked up within the customer number of the actor; a record of another customer number is answered with
 * {@link NotFound}, exactly as a record that does not exist.
 */
@Service
public final class AccessPolicy {

    private final AccountUsers users;

    /** @param users where acting users are looked up, on every call (so removed users lose access at once) */
    public AccessPolicy(AccountUsers users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /**
     * The user behind {@code actor}.
     *
     * @throws NotPermitted when the actor is customer service, or no user of the actor's customer number
     */
    public AccountUser actingUser(Actor actor) {
        if (actor instanceof Actor.UserActor user) {
            return users.find(user.customerNumber(), user.user()).map(AccountUser::restore)
                    .orElseThrow(() -> new NotPermitted("KNOWN_USER"));
        }
        throw new NotPermitted("USER");
    }

    /**
     * The user actor behind {@code actor}, without looking the user up.
     *
     * @throws NotPermitted when the actor is not a user
     */
    public static Actor.UserActor userActor(Actor actor) {
        if (actor instanceof Actor.UserActor user) {
            return user;
        }
        throw new NotPermitted("USER");
    }

    /**
     * The user behind {@code actor}, who must hold {@code right}.
     *
     * @throws NotPermitted when the actor is not a known user with that right
     */
    public AccountUser requireRight(Actor actor, Right right) {
        AccountUser user = actingUser(actor);
        if (!user.holds(right)) {
            throw new NotPermitted(right.name());
        }
        return user;
    }

    /**
     * The user behind {@code actor}, who must be an administrator.
     *
     * @throws NotPermitted when the actor is not a known administrator
     */
    public AccountUser requireAdministrator(Actor actor) {
        AccountUser user = actingUser(actor);
        if (!user.isAdministrator()) {
            throw new NotPermitted(Role.ADMINISTRATOR.name());
        }
        return user;
    }

    /**
     * Checks that customer service acts.
     *
     * @throws NotPermitted for any other actor
     */
    public void requireCustomerService(Actor actor) {
        if (!(actor instanceof Actor.CustomerServiceActor)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
    }

    /**
     * The customer number whose administrator-only records {@code actor} may see: the one asked for, for customer
     * service; their own, for an administrator.
     *
     * @param asked the customer number asked for; {@code null} for an administrator's own
     * @throws NotPermitted when a user without administrator role asks, or customer service names none
     * @throws NotFound     when an administrator asks for another customer number
     */
    public CustomerNumber administeredBy(Actor actor, CustomerNumber asked) {
        if (actor instanceof Actor.CustomerServiceActor) {
            if (asked == null) {
                throw new NotPermitted("ADMINISTRATOR");
            }
            return asked;
        }
        AccountUser administrator = requireAdministrator(actor);
        if (asked != null && !administrator.belongsTo(asked)) {
            throw new NotFound("customer account");
        }
        return administrator.customerNumber();
    }

    /**
     * Another user of the acting user's customer number.
     *
     * @throws NotFound when no such user exists in that customer number, whether or not it exists in another
     */
    public AccountUser colleague(AccountUser acting, UserId target) {
        return users.find(acting.customerNumber(), target).map(AccountUser::restore)
                .orElseThrow(() -> new NotFound("user"));
    }
}
