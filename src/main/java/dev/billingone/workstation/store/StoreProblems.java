package dev.billingone.workstation.store;

import dev.billingone.workstation.core.BillingOneException;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.RemoteSystemException;
import java.sql.SQLException;

/** Turns the many ways a database can fail to open into one sentence that names the problem and the fix. */
final class StoreProblems {
    private StoreProblems() {
    }

    static BillingOneException explain(DatabaseTarget target, Throwable failure) {
        String all = messages(failure).toLowerCase();
        String where = target.describe();
        if (all.contains("already in use") || all.contains("locked by another process") || all.contains("lock file")) {
            return new ConflictException("The database " + where + " is locked by another BillingOne process. "
                    + "Close the other instance (or wait for its job to finish) and try again.", failure);
        }
        if (all.contains("password") || all.contains("authentication failed") || all.contains("wrong user name")) {
            return new InvalidInputException("The database " + where + " refused the user name or password. "
                    + "Check --db-user and the BILLINGONE_DB_PASSWORD environment variable.", failure);
        }
        if (all.contains("connection refused") || all.contains("unknownhost") || all.contains("unknown host")
                || all.contains("connection attempt failed") || all.contains("timed out") || all.contains("no route")) {
            return new RemoteSystemException("Cannot reach the database server at " + where + ". "
                    + "Check that it is running and that the host and port in --db are right.", failure);
        }
        if (all.contains("does not exist") && target.isPostgres()) {
            return new InvalidInputException("The database named in " + where + " does not exist on that server. "
                    + "Create it (createdb) or correct --db.", failure);
        }
        if (all.contains("corrupt") || all.contains("file is not a valid") || all.contains("general error")
                || all.contains("unsupported database file version") || all.contains("mvstoreexception")) {
            return new InvalidInputException("The database file " + where + " is damaged or not a BillingOne database. "
                    + "Restore it from a backup, or move it away to start fresh.", failure);
        }
        if (all.contains("access denied") || all.contains("read only") || all.contains("readonly")
                || all.contains("permission denied") || all.contains("could not create directory")) {
            return new InvalidInputException("Cannot write the database " + where + ". "
                    + "Make the data dir writable or choose another with --data-dir.", failure);
        }
        return new RemoteSystemException("Cannot open the database " + where + ": " + rootMessage(failure), failure);
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getClass().getSimpleName()).append(' ').append(c.getMessage()).append('\n');
            if (c instanceof SQLException sql && sql.getNextException() != null) {
                all.append(sql.getNextException().getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
