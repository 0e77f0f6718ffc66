package dev.billingone.workstation.core;

/** The input was invalid; nothing was applied. Exit code 1. */
public class InvalidInputException extends BillingOneException {
    public static final int EXIT_CODE = 1;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return EXIT_CODE;
    }
}
