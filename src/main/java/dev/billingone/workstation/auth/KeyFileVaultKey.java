package dev.billingone.workstation.auth;

import dev.billingone.workstation.core.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault key in a file readable only by the user, used when no OS keyring answers. With a passphrase the
 * file holds the key wrapped (AES-GCM) under a PBKDF2 key derived from it, so a copied file alone is useless.
 * Layout: {@code "B1K1" mode(1) [salt(16) iterations(4)] payload}.
 */
final class KeyFileVaultKey implements VaultKey {
    private static final byte[] MAGIC = "B1K1".getBytes(StandardCharsets.US_ASCII);
    private static final byte PLAIN = 0;
    private static final byte WRAPPED = 1;
    private static final int ITERATIONS = 210_000;

    private final Path file;
    private final char[] passphrase;
    private SecretKey key;

    KeyFileVaultKey(Path file, char[] passphrase) {
        this.file = file;
        this.passphrase = passphrase == null || passphrase.length == 0 ? null : passphrase.clone();
    }

    static boolean isPassphraseProtected(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length > MAGIC.length && bytes[MAGIC.length] == WRAPPED;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized SecretKey key() {
        if (key == null) {
            key = Files.exists(file) ? read() : create();
        }
        return key;
    }

    @Override
    public String describe() {
        return "key file " + file + " (readable only by you" + (passphrase != null ? ", protected by your passphrase)" : ")");
    }

    private SecretKey create() {
        SecretKey fresh = VaultCrypto.newKey();
        ByteBuffer out;
        if (passphrase == null) {
            out = ByteBuffer.allocate(MAGIC.length + 1 + 32).put(MAGIC).put(PLAIN).put(fresh.getEncoded());
        } else {
            byte[] salt = VaultCrypto.randomBytes(16);
            byte[] wrapped = VaultCrypto.encrypt(derive(salt, ITERATIONS), fresh.getEncoded(), MAGIC);
            out = ByteBuffer.allocate(MAGIC.length + 1 + 16 + 4 + wrapped.length)
                    .put(MAGIC).put(WRAPPED).put(salt).putInt(ITERATIONS).put(wrapped);
        }
        try {
            PrivateFiles.writeAtomically(file, out.array());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot create the vault key file " + file + ": " + e.getMessage()
                    + ". Make the data dir writable.", e);
        }
        return fresh;
    }

    private SecretKey read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the vault key file " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length < MAGIC.length + 1 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new InvalidInputException("The vault key file " + file + " is not a BillingOne key file. "
                    + "Restore it from a backup, or delete it together with token-vault.bin and connect again.");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
        byte mode = in.get();
        if (mode == PLAIN) {
            byte[] raw = new byte[32];
            in.get(raw);
            return new SecretKeySpec(raw, "AES");
        }
        if (passphrase == null) {
            throw new VaultLockedException("The token vault is protected by a passphrase. Enter it (or set "
                    + "BILLINGONE_VAULT_PASSPHRASE for the command line).");
        }
        byte[] salt = new byte[16];
        in.get(salt);
        int iterations = in.getInt();
        byte[] wrapped = new byte[in.remaining()];
        in.get(wrapped);
        try {
            return new SecretKeySpec(VaultCrypto.decrypt(derive(salt, iterations), wrapped, MAGIC), "AES");
        } catch (GeneralSecurityException e) {
            throw new VaultLockedException("The vault passphrase is wrong. Try again; if it is lost, delete "
                    + file + " and token-vault.bin and connect the integrations again.");
        }
    }

    private SecretKey derive(byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks PBKDF2WithHmacSHA256", e);
        }
    }
}
