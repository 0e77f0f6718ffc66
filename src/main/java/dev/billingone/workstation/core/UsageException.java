package dev.billingone.workstation.core;

/** The command was used wrongly (unknown option, missing argument). Exit code 2. */
public class UsageException extends BillingOneException {
    public static final int EXIT_CODE = 2;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return EXIT_CODE;
    }
}
