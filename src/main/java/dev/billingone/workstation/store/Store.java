package dev.billingone.workstation.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.billingone.workstation.core.BillingOneException;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.lock.OptimisticEntityLockException;

/**
 * The database: migrated by Flyway, mapped by Hibernate, pooled by Hikari. Services run their work in
 * {@link #inTransaction} (one transaction, rolled back on any failure) or {@link #read}.
 */
public final class Store implements AutoCloseable {
    private final DatabaseTarget target;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;

    private Store(DatabaseTarget target, HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.target = target;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    /** Opens, migrates (refusing a database from a newer app) and maps the database. */
    public static Store open(DatabaseTarget target) {
        HikariDataSource dataSource = connect(target);
        try {
            Migrations.migrate(dataSource, target);
            return new Store(target, dataSource, buildSessionFactory(dataSource));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e instanceof BillingOneException ? e : StoreProblems.explain(target, e);
        }
    }

    private static HikariDataSource connect(DatabaseTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(target.isH2() ? 4 : 8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setPoolName("billingone");
        config.setAutoCommit(false);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw StoreProblems.explain(target, e);
        }
    }

    private static SessionFactory buildSessionFactory(DataSource dataSource) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        MetadataSources sources = new MetadataSources(registry);
        EntityScanner.entities(Store.class.getClassLoader()).forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    public <T> T inTransaction(Function<Session, T> work) {
        try {
            return sessionFactory.fromTransaction(work);
        } catch (OptimisticLockException | StaleStateException | OptimisticEntityLockException e) {
            throw new ConflictException("Someone else changed this record since you opened it. "
                    + "Reload to see their change, then apply yours again.", e);
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new InvalidInputException("The change breaks a rule of the database ("
                    + (e.getConstraintName() == null ? StoreProblems.rootMessage(e) : e.getConstraintName()) + ").", e);
        }
    }

    /** Like {@link #inTransaction(Function)} for work that returns nothing. */
    public void write(Consumer<Session> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Read-only work: no flush, so nothing is written even if an entity is touched by mistake. */
    public <T> T read(Function<Session, T> work) {
        return inTransaction(session -> {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
            return work.apply(session);
        });
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public DatabaseTarget target() {
        return target;
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }
}
