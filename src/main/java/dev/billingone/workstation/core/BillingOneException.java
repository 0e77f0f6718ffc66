package dev.billingone.workstation.core;

/**
 * The root of our typed errors. Each family carries the CLI exit code (see docs/cli.md) and a message written
 * for the person at the keyboard: what went wrong, where, and what to do.
 */
public abstract class BillingOneException extends RuntimeException {
    protected BillingOneException(String message) {
        super(message);
    }

    protected BillingOneException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code the CLI uses for this family. */
    public abstract int exitCode();
}
