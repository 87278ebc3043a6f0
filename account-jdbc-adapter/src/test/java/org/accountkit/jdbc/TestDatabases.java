package org.accountkit.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The databases the JDBC tests run on, started once per test JVM and migrated once: a real PostgreSQL 17 (zonky's
 * embedded binaries, started by the test itself) and H2 in memory. Tests share them and keep apart by using their
 * own customer numbers and e-mail addresses.
 */
final class TestDatabases {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource postgresPool;
    private static HikariDataSource h2Pool;
    private static final Map<String, DataSource> ofItsOwn = new HashMap<>();

    private TestDatabases() {
    }

    /** A pooled data source on the embedded PostgreSQL, its schema migrated. */
    static synchronized DataSource postgres() {
        if (postgresPool == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException failure) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", failure);
            }
            postgresPool = pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            JdbcAccountStorage.migrate(postgresPool);
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
        }
        return postgresPool;
    }

    /** Another, independent pool on the same embedded PostgreSQL: what a second webshop server would have. */
    static DataSource anotherPostgresPool() {
        postgres();
        return pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /**
     * A pooled data source on a database of its own on the embedded PostgreSQL, created and migrated: for tests whose
     * use cases act on every customer number in the store (deadlines, the outbox dispatcher). The same name gives
     * the same database.
     */
    static synchronized DataSource postgresOfItsOwn(String name) {
        return ofItsOwn.computeIfAbsent("postgres:" + name, ignored -> createPostgres(name));
    }

    private static DataSource createPostgres(String name) {
        postgres();
        try (Connection connection = postgresPool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not create database " + name, failure);
        }
        HikariDataSource pool = pool(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
        JdbcAccountStorage.migrate(pool);
        return pool;
    }

    /** A pooled data source on an in-memory H2 database of its own, migrated; see {@link #postgresOfItsOwn}. */
    static synchronized DataSource h2OfItsOwn(String name) {
        return ofItsOwn.computeIfAbsent("h2:" + name, ignored -> createH2(name));
    }

    private static DataSource createH2(String name) {
        HikariDataSource pool = pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcAccountStorage.migrate(pool);
        return pool;
    }

    /** A pooled data source on an in-memory H2 database, its schema migrated. */
    static synchronized DataSource h2() {
        if (h2Pool == null) {
            h2Pool = pool("jdbc:h2:mem:accountkit;DB_CLOSE_DELAY=-1", "sa", "");
            JdbcAccountStorage.migrate(h2Pool);
        }
        return h2Pool;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    private static void stopPostgres() {
        try {
            postgresPool.close();
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going down; the server's directory is temporary
        }
    }
}
