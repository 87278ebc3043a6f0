package org.accountkit;

/**
 * The store failed in a way AccountKit cannot name as a business fact: the database unreachable, out of space, a
 * schema that was not migrated. The cause carries the store's own failure. A storage adapter throws a subclass
 * (the JDBC adapter's {@code JdbcFailure}), so that a host catching {@link AccountException} catches this too.
 */
public class StorageFailure extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param doing what the store was doing, in English, e.g. {@code "storing an order request"}
     * @param cause the store's failure
     */
    protected StorageFailure(String doing, Throwable cause) {
        super("error.storage-failure", doing, describe(cause));
        initCause(cause);
    }

    private static String describe(Throwable cause) {
        return cause == null ? "" : String.valueOf(cause.getMessage());
    }
}
