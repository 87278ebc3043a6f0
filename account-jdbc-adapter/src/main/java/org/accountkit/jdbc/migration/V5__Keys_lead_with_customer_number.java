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
 * Ready to shard by customer number (see {@code docs/ARCHITECTURE.md}, "Sharding"), part 2 of 3, after V4 gave
 * every table {@code customer_number} and before V6 renews the indexes:
 *
 * <ul>
 *   <li>every primary key starts with {@code customer_number}, so each customer number's rows are found, and
 *       distributed, by it;</li>
 *   <li>the schema declares no foreign keys. AccountKit writes each aggregate's rows in one statement or
 *       transaction, so they add no protection; and PostgreSQL plans a foreign-key check once per connection and
 *       keeps that plan, so a check planned while a table was empty can keep scanning it sequentially as it
 *       grows.</li>
 * </ul>
 *
 * <p>Written in Java because the names of the constraints it drops differ between PostgreSQL and H2 (H2 names
 * them itself); they are read from the database's catalog. Statements carry no values, only names from that
 * catalog and from this class.
 */
public final class V5__Keys_lead_with_customer_number extends BaseJavaMigration {

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

    /** Every table of AccountKit's schema at version 4. */
    private static final String[] TABLES = {"ak_customer_account", "ak_account_user", "ak_address_book",
        "ak_saved_address", "ak_audit_record", "ak_budget", "ak_approval_policy", "ak_substitution",
        "ak_order_request", "ak_order_line", "ak_order_decision", "ak_login"};

    /** Flyway creates it. */
    public V5__Keys_lead_with_customer_number() {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            for (String foreignKey : constraints(connection, table, true)) {
                run(connection, "ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(foreignKey));
            }
        }

        for (String[] table : PRIMARY_KEYS) {
            for (String primaryKey : constraints(connection, table[0], false)) {
                run(connection, "ALTER TABLE " + table[0] + " DROP CONSTRAINT " + quoted(primaryKey));
            }
            run(connection, "ALTER TABLE " + table[0] + " ADD CONSTRAINT " + table[0] + "_pkey PRIMARY KEY ("
                    + table[1] + ")");
        }
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
