package dev.billingone.workstation.auth;

import javax.crypto.SecretKey;

/** Where the vault's AES key lives, and a plain-words description of it for the Integrations screen. */
public interface VaultKey {
    /** The 256-bit AES key, created on first use. */
    SecretKey key();

    /** E.g. "OS keyring (Secret Service)" or "key file /home/ann/.billingone/vault.key (readable only by you)". */
    String describe();
}
