package dev.billingone.workstation.store;

import dev.billingone.workstation.core.ConflictException;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/** Flyway over the same SQL for H2 and PostgreSQL; a database written by a newer app is refused, never touched. */
public final class Migrations {
    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    static void migrate(DataSource dataSource, DatabaseTarget target) {
        Flyway flyway = flyway(dataSource);
        MigrationInfo[] applied = flyway.info().applied();
        boolean fromTheFuture = Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromTheFuture) {
            String newest = Arrays.stream(applied).map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder()).map(MigrationVersion::toString).orElse("?");
            throw new ConflictException("The database " + target.describe() + " was written by a newer BillingOne "
                    + "(schema version " + newest + ", this app knows up to " + latestKnown(flyway) + "). "
                    + "Install the newer BillingOne Workstation; this one will not touch that database.");
        }
        flyway.migrate();
    }

    static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder()).map(MigrationVersion::toString).orElse("none");
    }

    /** Schema version of the database, for {@code db info}. */
    public static String currentVersion(Store store) {
        MigrationInfo current = flyway(store.dataSource()).info().current();
        return current == null ? "empty" : current.getVersion().toString();
    }
}
