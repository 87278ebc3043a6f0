/**
 * AccountKit's testkit: the contract tests every storage adapter runs ({@link org.accountkit.testkit}), and
 * {@link org.accountkit.testkit.TestAccountKit}, a ready kit for a host's own tests. Open, so that JUnit and jqwik
 * may run the contracts' test methods.
 */
open module org.accountkit.testkit {
    requires transitive org.accountkit.core;
    requires transitive org.accountkit.inmemory;
    requires org.accountkit.argon2;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires org.mockito;

    exports org.accountkit.testkit;
}
