package org.accountkit.shared;

import java.util.Objects;


/**
 * Who performs a use case. The host authenticates people and passes the matching actor to every use case;
 * AccountKit then decides what that actor may see and do.
 *
 * <ul>
 *   <li>{@link UserActor}: a user of one customer number, with the rights an administrator gave them. The customer
 *       number is part of who they are: every record they reach is looked up within it, so a user never reaches
 *       another customer number's data, and every lookup names the customer number its data is stored under.
 *       {@code Authenticate} answers with this actor; keep it in the session.</li>
 *   <li>{@link CustomerServiceActor}: the wholesaler's own staff, who alone change invoice addresses and register
 *       customer numbers.</li>
 * </ul>
 */
public sealed interface Actor permits Actor.UserActor, Actor.CustomerServiceActor {

    /** The user {@code user} of customer number {@code customerNumber}. */
    static UserActor user(CustomerNumber customerNumber, UserId user) {
        return new UserActor(customerNumber, user);
    }

    /** A member of the wholesaler's customer service, named for the audit trail. */
    static Actor customerService(String employee) {
        return new CustomerServiceActor(employee);
    }

    /** How the audit trail names this actor. */
    String describe();

    /**
     * A user of a customer number. An actor whose user does not belong to the customer number is treated as an
     * unknown user.
     *
     * @param customerNumber the user's customer number
     * @param user           the user's identifier
     */
    record UserActor(CustomerNumber customerNumber, UserId user) implements Actor {

        /** Refuses missing parts. */
        public UserActor {
            Objects.requireNonNull(customerNumber, "customerNumber");
            Objects.requireNonNull(user, "user");
        }

        /** Another user of the same customer number, e.g. one this administrator just added. */
        public UserActor colleague(UserId other) {
            return new UserActor(customerNumber, other);
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

        /**
         * Refuses a name that is not {@link Text plain text} of 1 to 100 characters.
         *
         * @throws IllegalArgumentException when the name is blank, too long or holds control characters
         */
        public CustomerServiceActor {
            employee = Text.requireLine(employee, "customer service employee", 100);
        }

        @Override
        public String describe() {
            return "customer service " + employee;
        }
    }
}
