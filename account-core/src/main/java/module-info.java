/**
 * AccountKit's core: the "My account" domain of a B2B webshop, its use cases and its ports.
 *
 * <p>Hosts use the packages of the capabilities ({@code customer}, {@code user}, {@code address}, {@code profile},
 * {@code audit}, {@code budget}, {@code approval}, {@code ordering}, {@code orders}, {@code service}, {@code pricing}, {@code quote}, {@code lists}, {@code outbox}), {@code shared}
 * and the entry point {@link org.accountkit.AccountKit}. Storage adapters implement {@code org.accountkit.spi}. The
 * {@code internal} packages (aggregates and use-case implementations) are not exported: nothing outside this
 * module can reach them.
 */
module org.accountkit.core {
    requires transitive jakarta.validation;
    requires transitive org.jmolecules.ddd;
    requires transitive org.jmolecules.event;
    requires transitive org.jmolecules.architecture.hexagonal;
    requires org.hibernate.validator;

    exports org.accountkit;
    exports org.accountkit.shared;
    exports org.accountkit.spi;
    exports org.accountkit.customer;
    exports org.accountkit.user;
    exports org.accountkit.address;
    exports org.accountkit.profile;
    exports org.accountkit.audit;
    exports org.accountkit.budget;
    exports org.accountkit.approval;
    exports org.accountkit.ordering;
    exports org.accountkit.pricing;
    exports org.accountkit.orders;
    exports org.accountkit.service;
    exports org.accountkit.quote;
    exports org.accountkit.lists;
    exports org.accountkit.outbox;

    // Hibernate Validator reads the constraints of commands and of the records they hold.
    opens org.accountkit.shared to org.hibernate.validator;
    opens org.accountkit.customer to org.hibernate.validator;
    opens org.accountkit.user to org.hibernate.validator;
    opens org.accountkit.address to org.hibernate.validator;
    opens org.accountkit.profile to org.hibernate.validator;
    opens org.accountkit.audit to org.hibernate.validator;
    opens org.accountkit.budget to org.hibernate.validator;
    opens org.accountkit.approval to org.hibernate.validator;
    opens org.accountkit.ordering to org.hibernate.validator;
    opens org.accountkit.orders to org.hibernate.validator;
    opens org.accountkit.service to org.hibernate.validator;
    opens org.accountkit.quote to org.hibernate.validator;
    opens org.accountkit.lists to org.hibernate.validator;
    opens org.accountkit.outbox to org.hibernate.validator;
}
