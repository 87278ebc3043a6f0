package org.accountkit.spi;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Everything AccountKit stores, from one adapter: the repositories and the transactions that span them. Changes
 * made inside one {@link Transactions#inTransaction transaction} through these repositories are stored together or
 * not at all.
 *
 * <p>AccountKit ships two: {@code InMemoryAccountStorage} (tests, demos) and {@code JdbcAccountStorage}
 * (PostgreSQL, H2). Each runs the contract tests of {@code account-testkit}; so should yours.
 */
@SecondaryPort
public interface AccountStorage {

    /** Customer accounts. */
    CustomerAccounts customerAccounts();

    /** Users. */
    AccountUsers users();

    /** Saved addresses. */
    AddressBooks addressBooks();

    /** The audit trail. */
    AuditTrail auditTrail();

    /** Users' budget settings and ledgers. */
    Budgets budgets();

    /** Order requests, written together with their budget ledger changes. */
    OrderRequests orderRequests();

    /** Customer numbers' approval rules. */
    ApprovalPolicies approvalPolicies();

    /** Approvers' substitutes. */
    Substitutions substitutions();

    /** The requester's context for submitting orders, read at once. */
    OrderingContexts orderingContexts();

    /** Orders the ERP reported, with their shipments. */
    SalesOrders salesOrders();

    /** Invoices the ERP reported. */
    Invoices invoices();

    /** The ERP documents received, which make the feed safe to replay. */
    ErpDocuments erpDocuments();

    /** Night delivery with its sticker and crate requests. */
    NightDeliveries nightDeliveries();

    /** Service cases: returns, repairs, warranty claims, delivery problems. */
    ServiceCases serviceCases();

    /** Quotes: requested, answered, ordered. */
    Quotes quotes();

    /** Users' article lists. */
    ArticleLists articleLists();

    /** The hosts' idempotency keys, so that a retried submission is answered, not placed again. */
    IdempotencyKeys idempotencyKeys();

    /** The notices waiting to be delivered. */
    NoticeOutbox noticeOutbox();

    /** The order hand-offs and domain events waiting to be delivered. */
    EffectOutbox effectOutbox();

    /** Failed logins per e-mail address, for the login backoff. */
    LoginAttempts loginAttempts();

    /** Transactions spanning the repositories above. */
    Transactions transactions();
}
