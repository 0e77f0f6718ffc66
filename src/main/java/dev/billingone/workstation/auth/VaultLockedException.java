package dev.billingone.workstation.auth;

import dev.billingone.workstation.core.InvalidInputException;

/** The vault cannot be opened without (the right) passphrase; the screen asks for it, the CLI exits 1. */
public final class VaultLockedException extends InvalidInputException {
    public VaultLockedException(String message) {
        super(message);
    }
}
