package dev.billingone.workstation.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * This workstation's secrets: one {@link StoredCredentials} per system, encrypted with AES-256-GCM in
 * {@code token-vault.bin} in the data dir. In team mode every workstation keeps its own vault; the shared
 * database only knows that a connection exists.
 *
 * <p>Every write replaces the whole file atomically, so a crash leaves the previous or the new token set, never
 * neither. {@link #locked} serialises read-modify-write cycles (a token refresh) across threads and processes
 * (the GUI and a cron'd CLI may refresh at the same time; two refreshes of one rotating token would lose it).
 */
public final class TokenVault {
    public static final String FILE = "token-vault.bin";
    private static final byte[] MAGIC = "B1V1".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Map<Path, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final VaultKey key;
    private final ReentrantLock lock;

    public TokenVault(Path dataDir, VaultKey key) {
        this.file = dataDir.resolve(FILE).toAbsolutePath();
        this.lockFile = dataDir.resolve(FILE + ".lock").toAbsolutePath();
        this.key = key;
        this.lock = IN_PROCESS_LOCKS.computeIfAbsent(file, p -> new ReentrantLock());
    }

    /** Opens the vault of a data dir with the key chosen by {@link VaultKeys#choose}. */
    public static TokenVault open(Path dataDir, char[] passphrase, Map<String, String> env) {
        return new TokenVault(dataDir, VaultKeys.choose(dataDir, passphrase, env));
    }

    public Optional<StoredCredentials> get(ExternalSystem system) {
        return Optional.ofNullable(readAll().get(system));
    }

    public void put(ExternalSystem system, StoredCredentials credentials) {
        locked(() -> {
            Map<ExternalSystem, StoredCredentials> all = readAll();
            all.put(system, credentials);
            writeAll(all);
            return null;
        });
    }

    public void remove(ExternalSystem system) {
        locked(() -> {
            Map<ExternalSystem, StoredCredentials> all = readAll();
            if (all.remove(system) != null) {
                writeAll(all);
            }
            return null;
        });
    }

    /** Runs {@code work} holding the vault's lock (this process and others), e.g. refresh-then-save. */
    public <T> T locked(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get();
        }
        lock.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot lock the token vault " + lockFile + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    public String keyDescription() {
        return key.describe();
    }

    public Path file() {
        return file;
    }

    private Map<ExternalSystem, StoredCredentials> readAll() {
        if (!Files.exists(file)) {
            return new EnumMap<>(ExternalSystem.class);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
                throw new InvalidInputException("The token vault " + file + " is not a BillingOne vault. Restore "
                        + "it from a backup, or delete it and connect the integrations again.");
            }
            byte[] sealed = Arrays.copyOfRange(bytes, MAGIC.length, bytes.length);
            byte[] plain = VaultCrypto.decrypt(key.key(), sealed, MAGIC);
            Map<ExternalSystem, StoredCredentials> all = new EnumMap<>(ExternalSystem.class);
            all.putAll(JSON.readValue(plain, new TypeReference<Map<ExternalSystem, StoredCredentials>>() { }));
            Arrays.fill(plain, (byte) 0);
            return all;
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("The token vault " + file + " cannot be opened with the key from the "
                    + key.describe() + ": the key does not match or the file was altered. Restore both from the "
                    + "same backup, or delete the vault and connect the integrations again.", e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the token vault " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeAll(Map<ExternalSystem, StoredCredentials> all) {
        try {
            byte[] plain = JSON.writeValueAsBytes(all);
            byte[] sealed = VaultCrypto.encrypt(key.key(), plain, MAGIC);
            Arrays.fill(plain, (byte) 0);
            PrivateFiles.writeAtomically(file, ByteBuffer.allocate(MAGIC.length + sealed.length).put(MAGIC).put(sealed).array());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot save the token vault " + file + ": " + e.getMessage()
                    + ". Free disk space or make the data dir writable; the previous tokens are unchanged.", e);
        }
    }
}
