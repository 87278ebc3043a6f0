package org.accountkit.jdbc.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the schema ready to be distributed by customer number (see {@code docs/ARCHITECTURE.md}, "Sharding"):
 *
 * <ul>
 *   <li>every table carries {@code customer_number}, and its primary key starts with it ({@code ak_order_line}
 *       and {@code ak_order_decision} gain the column);</li>
 *   <li>the one rule that spans customer numbers, unique login addresses, moves to a small table of its own,
 *       {@code ak_login};</li>
 *   <li>the schema declares no foreign keys. AccountKit writes each aggregate's rows in one statement or
 *       transaction, so they add no protection; and PostgreSQL plans a foreign-key check once per connection and
 *       keeps that plan, so a check planned while a table was empty keeps scanning it sequentially as it grows;</li>
 *   <li>indexes lead with {@code customer_number}, the budget ledger's period may be empty instead of holding the
 *       word {@code none}, and each customer number chooses who is told first of a waiting order.</li>
 * </ul>
 *
 * <p>Written in Java because the names of the constraints it drops differ between PostgreSQL and H2; they are read
 * from the database's catalog. Statements carry no values, only names from that catalog and from this class.
 */
public final class V4__Ready_to_shard_by_customer_number extends BaseJavaMigration {

    /** The tables whose primary key changes, with the new key. */
    private static final String[][] PRIMARY_KEYS = {
        {"ak_account_user", "customer_number, id"},
        {"ak_saved_address", "customer_number, id"},
        {"ak_audit_record", "customer_number, id"},
        {"ak_budget", "customer_number, user_id"},
        {"ak_substitution", "customer_number, approver_id"},
        {"ak_order_request", "customer_number, id"},
        {"ak_order_line", "customer_number, order_request_id, line_no"},
        {"ak_order_decision", "customer_number, order_request_id, tier"},
    };

    /** Every table of AccountKit's schema at version 3. */
    private static final String[] TABLES = {"ak_customer_account", "ak_account_user", "ak_address_book",
        "ak_saved_address", "ak_audit_record", "ak_budget", "ak_approval_policy", "ak_substitution",
        "ak_order_request", "ak_order_line", "ak_order_decision"};

    /** Flyway creates it. */
    public V4__Ready_to_shard_by_customer_number() {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            for (String foreignKey : constraints(connection, table, true)) {
                run(connection, "ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(foreignKey));
            }
        }

        for (String child : List.of("ak_order_line", "ak_order_decision")) {
            run(connection, "ALTER TABLE " + child + " ADD COLUMN customer_number VARCHAR(20)");
            run(connection, "UPDATE " + child + " SET customer_number = (SELECT o.customer_number "
                    + "FROM ak_order_request o WHERE o.id = " + child + ".order_request_id)");
            run(connection, "ALTER TABLE " + child + " ALTER COLUMN customer_number SET NOT NULL");
        }

        run(connection, "CREATE TABLE ak_login (email_normalized VARCHAR(254) NOT NULL PRIMARY KEY, "
                + "customer_number VARCHAR(20) NOT NULL, user_id UUID NOT NULL)");
        run(connection, "INSERT INTO ak_login (email_normalized, customer_number, user_id) "
                + "SELECT email_normalized, customer_number, id FROM ak_account_user");
        run(connection, "ALTER TABLE ak_account_user DROP CONSTRAINT ak_account_user_email_unique");
        run(connection, "ALTER TABLE ak_account_user DROP COLUMN email_normalized");

        for (String[] table : PRIMARY_KEYS) {
            for (String primaryKey : constraints(connection, table[0], false)) {
                run(connection, "ALTER TABLE " + table[0] + " DROP CONSTRAINT " + quoted(primaryKey));
            }
            run(connection, "ALTER TABLE " + table[0] + " ADD CONSTRAINT " + table[0] + "_pkey PRIMARY KEY ("
                    + table[1] + ")");
        }

        for (String index : List.of("ak_account_user_customer", "ak_audit_record_customer", "ak_budget_customer",
                "ak_substitution_customer", "ak_order_request_requester", "ak_order_request_placed")) {
            run(connection, "DROP INDEX " + index);
        }
        run(connection, "CREATE INDEX ak_order_request_requester ON ak_order_request "
                + "(customer_number, requester_id, status, submitted_at)");
        run(connection, "CREATE INDEX ak_order_request_placed ON ak_order_request "
                + "(customer_number, requester_id, placed_at)");

        run(connection, "ALTER TABLE ak_budget ALTER COLUMN period_key DROP NOT NULL");
        run(connection, "UPDATE ak_budget SET spent = 0 WHERE period_key = 'order'");
        run(connection, "UPDATE ak_budget SET period_key = NULL WHERE period_key IN ('none', 'order')");

        run(connection, "ALTER TABLE ak_approval_policy ADD COLUMN recipients VARCHAR(30) "
                + "DEFAULT 'ADMINISTRATORS_AND_APPROVERS' NOT NULL");
    }

    /** The names of the foreign keys of {@code table}, or the name of its primary key, from the catalog. */
    private static Set<String> constraints(Connection connection, String table, boolean foreignKeys)
            throws SQLException {
        DatabaseMetaData catalog = connection.getMetaData();
        String name = catalog.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Set<String> found = new LinkedHashSet<>();
        try (ResultSet rows = foreignKeys ? catalog.getImportedKeys(connection.getCatalog(), connection.getSchema(),
                name) : catalog.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), name)) {
            while (rows.next()) {
                String constraint = rows.getString(foreignKeys ? "FK_NAME" : "PK_NAME");
                if (constraint != null) {
                    found.add(constraint);
                }
            }
        }
        return found;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void run(Connection connection, String ddl) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ddl)) {
            statement.execute();
        }
    }
}
