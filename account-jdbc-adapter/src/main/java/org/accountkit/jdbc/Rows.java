package org.accountkit.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;

import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.Ledger;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.ApprovalPolicySnapshot;
import org.accountkit.spi.BudgetSnapshot;

/** Column mappings shared by several repositories, with a column-name prefix for joins. */
final class Rows {

    static final String BUDGET_COLUMNS = "user_id, customer_number, limit_amount, limit_currency, budget_period, "
            + "every_order_needs_approval, ledger_currency, period_key, spent, reserved, version";
    static final String POLICY_COLUMNS = "customer_number, threshold_amount, threshold_currency, "
            + "second_approver_above, second_approver_currency, remind_after_seconds, escalate_after_seconds, "
            + "expire_after_seconds, recipients, version";

    private Rows() {
    }

    /** The columns of {@code table} (alias) as {@code prefix + column}, for a join. */
    static String prefixed(String columns, String alias, String prefix) {
        StringBuilder select = new StringBuilder();
        for (String column : columns.split(",\\s*")) {
            if (select.length() > 0) {
                select.append(", ");
            }
            select.append(alias).append('.').append(column).append(" AS ").append(prefix).append(column);
        }
        return select.toString();
    }

    static BudgetSnapshot budget(ResultSet row, String prefix) throws SQLException {
        BigDecimal limitAmount = row.getBigDecimal(prefix + "limit_amount");
        BudgetLimit limit = limitAmount == null ? null
                : new BudgetLimit(new Money(limitAmount, currency(row.getString(prefix + "limit_currency"))),
                        BudgetPeriod.valueOf(row.getString(prefix + "budget_period")));
        String ledgerCurrency = row.getString(prefix + "ledger_currency");
        Ledger ledger = null;
        if (ledgerCurrency != null) {
            Currency currency = currency(ledgerCurrency);
            String period = row.getString(prefix + "period_key");
            ledger = new Ledger(period == null ? null : CalendarPeriod.parse(period),
                    new Money(row.getBigDecimal(prefix + "spent"), currency),
                    new Money(row.getBigDecimal(prefix + "reserved"), currency));
        }
        return new BudgetSnapshot(new CustomerNumber(row.getString(prefix + "customer_number")),
                new UserId(row.getObject(prefix + "user_id", UUID.class)), limit,
                row.getBoolean(prefix + "every_order_needs_approval"), ledger, row.getLong(prefix + "version"));
    }

    /** The values of {@link #BUDGET_COLUMNS} but the version, for an insert. */
    static Object[] budgetValues(BudgetSnapshot budget) {
        BudgetLimit limit = budget.limit();
        Ledger ledger = budget.ledger();
        return new Object[] {budget.user().value(), budget.customerNumber().value(),
            limit == null ? null : limit.amount().amount(),
            limit == null ? null : limit.amount().currency().getCurrencyCode(),
            limit == null ? null : limit.period().name(), budget.everyOrderNeedsApproval(),
            ledger == null ? null : ledger.currency().getCurrencyCode(),
            ledger == null || ledger.period() == null ? null : ledger.period().key(),
            ledger == null ? BigDecimal.ZERO : ledger.spent().amount(),
            ledger == null ? BigDecimal.ZERO : ledger.reserved().amount()};
    }

    static ApprovalPolicySnapshot policy(ResultSet row, String prefix) throws SQLException {
        return new ApprovalPolicySnapshot(new CustomerNumber(row.getString(prefix + "customer_number")),
                money(row, prefix + "threshold_amount", prefix + "threshold_currency"),
                money(row, prefix + "second_approver_above", prefix + "second_approver_currency"),
                Duration.ofSeconds(row.getLong(prefix + "remind_after_seconds")),
                Duration.ofSeconds(row.getLong(prefix + "escalate_after_seconds")),
                Duration.ofSeconds(row.getLong(prefix + "expire_after_seconds")),
                ApprovalRecipients.valueOf(row.getString(prefix + "recipients")),
                row.getLong(prefix + "version"));
    }

    static Money money(ResultSet row, String amountColumn, String currencyColumn) throws SQLException {
        BigDecimal amount = row.getBigDecimal(amountColumn);
        return amount == null ? null : new Money(amount, currency(row.getString(currencyColumn)));
    }

    static Currency currency(String code) {
        return Currency.getInstance(code.strip());
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime moment = row.getObject(column, OffsetDateTime.class);
        return moment == null ? null : moment.toInstant();
    }

    /** As {@link #instant(ResultSet, String)}, the column by its position. */
    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime moment = row.getObject(column, OffsetDateTime.class);
        return moment == null ? null : moment.toInstant();
    }

    static OffsetDateTime at(Instant moment) {
        return moment == null ? null : moment.atOffset(ZoneOffset.UTC);
    }

    /**
     * {@code parameters} (changed in place) with moments and decimals as text, for a statement that casts every
     * parameter to its type in its SQL (the submission's one statement on PostgreSQL): PostgreSQL reads both from
     * text exactly, and the driver's own encodings (a calendar per statement for moments, a binary numeric worked
     * out by {@code BigInteger} division for decimals) cost more of a submission's time in the JVM than the rest of
     * binding. A moment or decimal this cannot write is left to the driver.
     */
    static Object[] asText(Object[] parameters) {
        // a statement binds the same moment object several times (an order's submission, placing and closing, its
        // outbox entries' creation and first attempt): written once
        OffsetDateTime last = null;
        String lastText = null;
        for (int index = 0; index < parameters.length; index++) {
            if (parameters[index] instanceof OffsetDateTime moment) {
                if (moment != last) {
                    last = moment;
                    lastText = text(moment);
                }
                if (lastText != null) {
                    parameters[index] = lastText;
                }
            } else if (parameters[index] instanceof BigDecimal decimal && decimal.scale() >= -20
                    && decimal.scale() <= 40) {
                parameters[index] = decimal.toPlainString();
            }
        }
        return parameters;
    }

    /**
     * A moment as PostgreSQL reads it whatever its date style, {@code 2026-12-02 08:30:00.123456+00}; {@code null}
     * for one that is not in UTC, is finer than a microsecond, or lies outside the years 1 to 9999.
     */
    static String text(OffsetDateTime moment) {
        int year = moment.getYear();
        if (moment.getOffset().getTotalSeconds() != 0 || moment.getNano() % 1000 != 0 || year < 1 || year > 9999) {
            return null;
        }
        char[] text = "0000-00-00 00:00:00.000000+00".toCharArray();
        digits(text, 0, year, 4);
        digits(text, 5, moment.getMonthValue(), 2);
        digits(text, 8, moment.getDayOfMonth(), 2);
        digits(text, 11, moment.getHour(), 2);
        digits(text, 14, moment.getMinute(), 2);
        digits(text, 17, moment.getSecond(), 2);
        digits(text, 20, moment.getNano() / 1000, 6);
        return new String(text);
    }

    /** Writes {@code value} as {@code width} decimal digits ending before {@code at + width}. */
    private static void digits(char[] text, int at, int value, int width) {
        for (int position = at + width - 1; position >= at; position--) {
            text[position] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
