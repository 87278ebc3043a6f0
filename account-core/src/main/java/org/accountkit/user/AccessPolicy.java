package org.accountkit.user;

import java.util.Objects;

import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Actor;
import org.accountkit.shared.UserId;
import org.jmolecules.ddd.annotation.Service;

/**
 * Decides who may do what, for every use case. A user acts only within their own customer number; a record of
 * another customer number is answered with {@link NotFound}, exactly as a record that does not exist.
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
     * @throws NotPermitted when the actor is customer service or an unknown (removed) user
     */
    public AccountUser actingUser(Actor actor) {
        if (actor instanceof Actor.UserActor userActor) {
            return users.find(userActor.user()).orElseThrow(() -> new NotPermitted("KNOWN_USER"));
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
     * Checks that {@code actor} may see records of {@code customerNumber}: customer service may, a user only of
     * their own, and an administrator-only view needs an administrator.
     *
     * @throws NotPermitted when a user without administrator role asks
     * @throws NotFound     when a user asks for another customer number
     */
    public void requireAdministratorOrCustomerService(Actor actor, CustomerNumber customerNumber) {
        if (actor instanceof Actor.CustomerServiceActor) {
            return;
        }
        AccountUser administrator = requireAdministrator(actor);
        if (!administrator.belongsTo(customerNumber)) {
            throw new NotFound("customer account");
        }
    }

    /**
     * Another user of the acting user's customer number.
     *
     * @throws NotFound when no such user exists in that customer number, whether or not it exists in another
     */
    public AccountUser colleague(AccountUser acting, UserId target) {
        return users.find(target)
                .filter(user -> user.belongsTo(acting.customerNumber()))
                .orElseThrow(() -> new NotFound("user"));
    }
}
