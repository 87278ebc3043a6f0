package org.accountkit.shared;

import java.util.Objects;

/**
 * Who performs a use case. The host authenticates people and passes the matching actor to every use case;
 * AccountKit then decides what that actor may see and do.
 *
 * <ul>
 *   <li>{@link UserActor}: a user of one customer number, with the rights an administrator gave them.</li>
 *   <li>{@link CustomerServiceActor}: the wholesaler's own staff, who alone change invoice addresses and register
 *       customer numbers.</li>
 * </ul>
 */
public sealed interface Actor permits Actor.UserActor, Actor.CustomerServiceActor {

    /** The user with this identifier. */
    static Actor user(UserId user) {
        return new UserActor(user);
    }

    /** A member of the wholesaler's customer service, named for the audit trail. */
    static Actor customerService(String employee) {
        return new CustomerServiceActor(employee);
    }

    /** How the audit trail names this actor. */
    String describe();

    /**
     * A user of a customer number.
     *
     * @param user the user's identifier
     */
    record UserActor(UserId user) implements Actor {

        /** Refuses a missing identifier. */
        public UserActor {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String describe() {
            return "user " + user;
        }
    }

    /**
     * A member of the wholesaler's customer service.
     *
     * @param employee name or staff number, for the audit trail
     */
    record CustomerServiceActor(String employee) implements Actor {

        /** Refuses a blank name. */
        public CustomerServiceActor {
            Objects.requireNonNull(employee, "employee");
            if (employee.isBlank()) {
                throw new IllegalArgumentException("customer service employee must be named");
            }
        }

        @Override
        public String describe() {
            return "customer service " + employee;
        }
    }
}
