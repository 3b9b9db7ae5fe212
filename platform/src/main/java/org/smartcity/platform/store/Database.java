package org.smartcity.platform.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The platform's database: a {@link DataSource} for an H2 ({@code jdbc:h2:…}) or PostgreSQL
 * ({@code jdbc:postgresql://…?user=…&password=…}) URL, migrated by Flyway on open (the same portable SQL for both).
 *
 * <p>Writes go through {@link #write}: one transaction at a time in this process (a fair lock), committed as a whole
 * or rolled back as a whole, so that a record and its audit entry are never stored one without the other and the
 * audit chain has a single writer. Reads ({@link #read}) run concurrently. Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final String url;
    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(String url, DataSource dataSource, AutoCloseable closer) {
        this.url = url;
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /**
     * The default URL: an H2 file database {@code smartcity.mv.db} in {@code dataDir}. {@code WRITE_DELAY=0} makes
     * every commit reach the file before the call returns (H2's default of 500 ms lost acknowledged commits when the
     * process was killed: {@code KillNineTest}).
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("smartcity")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * Opens and migrates the database at {@code jdbcUrl}.
     *
     * @throws StoreException when the URL is neither H2 nor PostgreSQL, or the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Database db;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
            pool.setMaxConnections(32);
            db = new Database(jdbcUrl, pool, pool::dispose);
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(jdbcUrl);
            db = new Database(jdbcUrl, pg, () -> {});
        } else {
            throw new StoreException("unsupported database URL '" + redact(jdbcUrl)
                    + "': use jdbc:h2:file:… or jdbc:postgresql://host/db?user=…&password=…");
        }
        db.migrate();
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String reason = e.getMessage() == null
                    ? e.toString()
                    : e.getMessage().strip().lines().findFirst().orElse("");
            throw new StoreException("cannot open or migrate the database " + redact(url) + ": " + reason, e);
        }
    }

    /** The URL without a password, for messages. */
    public String describe() {
        return redact(url);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The pooled data source (H2) or a plain one (PostgreSQL). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} in one transaction, alone among this process's writers; commits, or rolls back on failure. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true); // pooled connections go back as readers expect them
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only {@code work} on a connection of its own (auto-commit). */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
