package dev.billingone.workstation.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses where the vault key lives: an existing key file stays in use (so a vault never loses its key); a
 * passphrase asks for a key file explicitly; otherwise the OS keyring when one answers, else a new key file.
 * Keychain (macOS) and Windows Credential Manager are not wired yet: those systems use the key file.
 */
public final class VaultKeys {
    public static final String KEY_FILE = "vault.key";
    public static final String PASSPHRASE_ENV = "BILLINGONE_VAULT_PASSPHRASE";

    private VaultKeys() {
    }

    /** {@code passphrase} may be null; {@code env} supplies PATH (to find secret-tool) and the passphrase variable. */
    public static VaultKey choose(Path dataDir, char[] passphrase, Map<String, String> env) {
        Path keyFile = dataDir.resolve(KEY_FILE);
        char[] effective = passphrase != null ? passphrase
                : Optional.ofNullable(env.get(PASSPHRASE_ENV)).filter(s -> !s.isEmpty()).map(String::toCharArray).orElse(null);
        if (Files.exists(keyFile) || effective != null) {
            return new KeyFileVaultKey(keyFile, effective);
        }
        Optional<SecretToolVaultKey> keyring = SecretToolVaultKey.findOnPath(env.get("PATH"))
                .map(command -> new SecretToolVaultKey(command, dataDir))
                .filter(SecretToolVaultKey::answers);
        if (keyring.isPresent()) {
            return keyring.get();
        }
        if (Files.exists(dataDir.resolve(TokenVault.FILE))) {
            // A vault without a key file was sealed with the keyring key: a new key file would orphan it.
            throw new VaultLockedException("The token vault's key is in the OS keyring, which does not answer now. "
                    + "Unlock your keyring (log in to the desktop session) and try again.");
        }
        return new KeyFileVaultKey(keyFile, null);
    }

    /** True when the existing key file needs a passphrase: the screen asks for one before opening the vault. */
    public static boolean needsPassphrase(Path dataDir) {
        return KeyFileVaultKey.isPassphraseProtected(dataDir.resolve(KEY_FILE));
    }
}
