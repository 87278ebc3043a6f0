/**
 * AccountKit's in-memory storage: {@link org.accountkit.inmemory.InMemoryAccountStorage}, for tests, demos and
 * prototypes.
 */
module org.accountkit.inmemory {
    requires transitive org.accountkit.core;

    exports org.accountkit.inmemory;
}
