package dev.billingone.workstation.core;

/** A remote system (Xero, QBO, Pax8, a database server) failed or could not be reached after retries. Exit code 3. */
public class RemoteSystemException extends BillingOneException {
    public static final int EXIT_CODE = 3;

    public RemoteSystemException(String message) {
        super(message);
    }

    public RemoteSystemException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return EXIT_CODE;
    }
}
