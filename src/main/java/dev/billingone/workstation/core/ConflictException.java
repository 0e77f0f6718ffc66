package dev.billingone.workstation.core;

/** The record changed elsewhere, or its state forbids the action. Exit code 4. */
public class ConflictException extends BillingOneException {
    public static final int EXIT_CODE = 4;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return EXIT_CODE;
    }
}
