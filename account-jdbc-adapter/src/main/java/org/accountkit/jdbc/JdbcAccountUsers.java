package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.PageToken;
import org.accountkit.user.EmailAddressTaken;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Users in {@code ak_account_user}, and their login addresses in {@code ak_login}: the one table that spans customer
 * numbers (in a sharded database, a reference table). Its primary key, the lower-cased login address, keeps logins
 * unique over all customer numbers, also when two servers add the same address at once. Every other statement names
 * the customer number.
 */
@SecondaryAdapter
final class JdbcAccountUsers implements AccountUsers {

    /** The name of the user overview's continuations. */
    private static final String OVERVIEW = "users";

    static final String COLUMNS = "id, customer_number, email, username, user_role, granted_rights, "
            + "password_hash, vat_display, shown_prices, invoices_email, order_confirmations_email, "
            + "shipping_confirmations_email, marketing_consent, marketing_decided_at, mail_language, version";

    private final JdbcTransactions transactions;

    JdbcAccountUsers(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AccountUserSnapshot> find(CustomerNumber customerNumber, UserId id) {
        return transactions.withConnection("finding a user", connection -> find(connection, customerNumber, id));
    }

    private static Optional<AccountUserSnapshot> find(Connection connection, CustomerNumber customerNumber, UserId id)
            throws SQLException {
        return Sql.queryOne(connection, "SELECT " + COLUMNS + " FROM ak_account_user WHERE customer_number = ? "
                + "AND id = ?", JdbcAccountUsers::map, customerNumber.value(), id.value());
    }

    @Override
    public Optional<AccountUserSnapshot> findByEmail(EmailAddress email) {
        return transactions.withConnection("finding a user by e-mail address", connection -> {
            Optional<Login> login = Sql.queryOne(connection, "SELECT customer_number, user_id FROM ak_login "
                    + "WHERE email_normalized = ? AND user_id IS NOT NULL", row -> new Login(new CustomerNumber(row.getString(1)),
                            new UserId(row.getObject(2, UUID.class))), email.normalized());
            return login.isEmpty() ? Optional.empty()
                    : find(connection, login.get().customerNumber(), login.get().user());
        });
    }

    /** Where a login address leads. */
    private record Login(CustomerNumber customerNumber, UserId user) {
    }

    @Override
    public Page<AccountUserSnapshot> list(CustomerNumber customerNumber, PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, OVERVIEW);
        List<Object> parameters = new ArrayList<>(List.of(customerNumber.value()));
        String from = "";
        if (after != null) {
            from = " AND (LOWER(username), LOWER(email), id) > (LOWER(?), LOWER(?), ?)";
            parameters.addAll(List.of(after.text(), after.text(), after.uuid()));
        }
        parameters.add(page.size() + 1);
        String sql = "SELECT " + COLUMNS + " FROM ak_account_user WHERE customer_number = ?" + from
                + " ORDER BY LOWER(username), LOWER(email), id LIMIT ?";
        return transactions.withConnection("listing users", connection -> Page.of(
                Sql.query(connection, sql, JdbcAccountUsers::map, parameters.toArray()), page,
                last -> PageToken.writer(OVERVIEW).text(last.username()).text(last.email().value())
                        .uuid(last.id().value()).token()));
    }

    @Override
    public List<AccountUserSnapshot> allOf(CustomerNumber customerNumber) {
        return transactions.withConnection("listing a customer number's users", connection -> Sql.query(connection,
                "SELECT " + COLUMNS + " FROM ak_account_user WHERE customer_number = ?", JdbcAccountUsers::map,
                customerNumber.value()));
    }

    @Override
    public long countAdministrators(CustomerNumber customerNumber) {
        return transactions.withConnection("counting administrators", connection -> Sql.count(connection,
                "SELECT COUNT(*) FROM ak_account_user WHERE customer_number = ? AND user_role = ?",
                customerNumber.value(), Role.ADMINISTRATOR.name()));
    }

    @Override
    public void add(AccountUserSnapshot user) {
        EmailSettings settings = user.emailSettings();
        transactions.inTransaction(() -> transactions.withConnection("adding a user", connection -> {
            try {
                // an address whose failed logins were counted before it had a user has a row already: take it over
                if (Sql.update(connection, "UPDATE ak_login SET customer_number = ?, user_id = ? "
                        + "WHERE email_normalized = ? AND user_id IS NULL", user.customerNumber().value(),
                        user.id().value(), user.email().normalized()) == 0) {
                    Sql.update(connection, "INSERT INTO ak_login (email_normalized, customer_number, user_id) "
                            + "VALUES (?, ?, ?)", user.email().normalized(), user.customerNumber().value(),
                            user.id().value());
                }
            } catch (SQLException failure) {
                if (Sql.isUniqueViolation(failure)) {
                    throw new EmailAddressTaken(user.email());
                }
                throw failure;
            }
            return Sql.update(connection, "INSERT INTO ak_account_user (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    user.id().value(), user.customerNumber().value(), user.email().value(), user.username(),
                    user.role().name(), rights(user.grantedRights()), user.passwordHash().encoded(),
                    user.priceDisplay().vat().name(), user.priceDisplay().prices().name(),
                    settings.invoices().value(), settings.orderConfirmations().value(),
                    settings.shippingConfirmations().value(), consentKind(settings.marketing()),
                    consentMoment(settings.marketing()), settings.language().name());
        }));
    }

    @Override
    public void update(AccountUserSnapshot user) {
        EmailSettings settings = user.emailSettings();
        transactions.run(() -> updateIn(user, settings));
    }

    /** The update and the renewal of the user's budget row version, in the caller's transaction. */
    private void updateIn(AccountUserSnapshot user, EmailSettings settings) {
        expectOneRow(user, transactions.withConnection("updating a user", connection -> {
            try {
                return Sql.update(connection, "UPDATE ak_account_user SET username = ?, user_role = ?, "
                        + "granted_rights = ?, password_hash = ?, vat_display = ?, shown_prices = ?, "
                        + "invoices_email = ?, order_confirmations_email = ?, shipping_confirmations_email = ?, "
                        + "marketing_consent = ?, marketing_decided_at = ?, mail_language = ?, "
                        + "version = version + 1 WHERE customer_number = ? AND id = ? AND version = ?",
                        user.username(), user.role().name(), rights(user.grantedRights()),
                        user.passwordHash().encoded(), user.priceDisplay().vat().name(),
                        user.priceDisplay().prices().name(), settings.invoices().value(),
                        settings.orderConfirmations().value(), settings.shippingConfirmations().value(),
                        consentKind(settings.marketing()), consentMoment(settings.marketing()),
                        settings.language().name(), user.customerNumber().value(), user.id().value(),
                        user.version());
            } catch (SQLException failure) {
                if (Sql.isLostRace(failure)) {
                    return 0;
                }
                throw failure;
            }
        }));
        transactions.withConnection("renewing a budget's version", connection -> {
            JdbcBudgets.renewForUser(connection, user.customerNumber(), user.id());
            return null;
        });
    }

    @Override
    public void remove(AccountUserSnapshot user) {
        transactions.run(() -> {
            expectOneRow(user, transactions.withConnection("removing a user", connection -> {
                try {
                    return Sql.update(connection, "DELETE FROM ak_account_user WHERE customer_number = ? AND id = ? "
                            + "AND version = ?", user.customerNumber().value(), user.id().value(), user.version());
                } catch (SQLException failure) {
                    if (Sql.isLostRace(failure)) {
                        return 0;
                    }
                    throw failure;
                }
            }));
            transactions.withConnection("removing a user's login and budget", connection -> {
                Sql.update(connection, "DELETE FROM ak_login WHERE email_normalized = ? AND user_id = ?",
                        user.email().normalized(), user.id().value());
                return Sql.update(connection, "DELETE FROM ak_budget WHERE customer_number = ? AND user_id = ?",
                        user.customerNumber().value(), user.id().value());
            });
        });
    }

    private static void expectOneRow(AccountUserSnapshot user, int rows) {
        if (rows != 1) {
            throw new ConcurrentModification("user", user.id());
        }
    }

    private static String rights(Set<Right> rights) {
        return rights.stream().map(Right::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Right> rights(String stored) {
        EnumSet<Right> rights = EnumSet.noneOf(Right.class);
        Arrays.stream(stored.split(",")).filter(name -> !name.isBlank()).map(Right::valueOf).forEach(rights::add);
        return rights;
    }

    private static String consentKind(MarketingConsent consent) {
        if (consent instanceof MarketingConsent.OptedIn) {
            return "OPTED_IN";
        }
        return consent instanceof MarketingConsent.OptedOut ? "OPTED_OUT" : "NOT_ASKED";
    }

    private static OffsetDateTime consentMoment(MarketingConsent consent) {
        if (consent instanceof MarketingConsent.OptedIn in) {
            return in.at().atOffset(ZoneOffset.UTC);
        }
        return consent instanceof MarketingConsent.OptedOut out ? out.at().atOffset(ZoneOffset.UTC) : null;
    }

    private static MarketingConsent consent(String kind, OffsetDateTime moment) {
        Instant at = moment == null ? null : moment.toInstant();
        return switch (kind) {
            case "OPTED_IN" -> new MarketingConsent.OptedIn(at);
            case "OPTED_OUT" -> new MarketingConsent.OptedOut(at);
            default -> new MarketingConsent.NotAsked();
        };
    }

    static AccountUserSnapshot map(ResultSet row) throws SQLException {
        EmailSettings settings = new EmailSettings(new EmailAddress(row.getString("invoices_email")),
                new EmailAddress(row.getString("order_confirmations_email")),
                new EmailAddress(row.getString("shipping_confirmations_email")),
                consent(row.getString("marketing_consent"),
                        row.getObject("marketing_decided_at", OffsetDateTime.class)),
                Language.valueOf(row.getString("mail_language")));
        return new AccountUserSnapshot(
                new UserId(row.getObject("id", UUID.class)),
                new CustomerNumber(row.getString("customer_number")),
                new EmailAddress(row.getString("email")),
                row.getString("username"),
                Role.valueOf(row.getString("user_role")),
                rights(row.getString("granted_rights")),
                new PasswordHash(row.getString("password_hash")),
                new PriceDisplay(VatDisplay.valueOf(row.getString("vat_display")),
                        ShownPrices.valueOf(row.getString("shown_prices"))),
                settings,
                row.getLong("version"));
    }
}
