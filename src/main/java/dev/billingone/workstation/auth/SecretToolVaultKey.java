package dev.billingone.workstation.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault key in the Linux Secret Service (GNOME Keyring, KWallet), through the {@code secret-tool} command
 * when it is installed. One key per data dir, found by the attributes {@code application=billingone-workstation
 * vault=<data dir>}. The key travels on stdin/stdout only, never on a command line.
 */
final class SecretToolVaultKey implements VaultKey {
    private static final long TIMEOUT_SECONDS = 10;

    private final String command;
    private final Path dataDir;
    private SecretKey key;

    SecretToolVaultKey(String command, Path dataDir) {
        this.command = command;
        this.dataDir = dataDir;
    }

    /** The secret-tool executable on the PATH, if any. */
    static Optional<String> findOnPath(String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "secret-tool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    /** True when the keyring answers (a running Secret Service); a lookup that finds nothing still counts. */
    boolean answers() {
        try {
            Result result = run(List.of("lookup"), null);
            return result.exitCode == 0 || (result.exitCode == 1 && result.error.isBlank());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized SecretKey key() {
        if (key == null) {
            key = lookup().orElseGet(this::store);
        }
        return key;
    }

    @Override
    public String describe() {
        return "OS keyring (Secret Service, via secret-tool)";
    }

    private Optional<SecretKey> lookup() {
        try {
            Result result = run(List.of("lookup"), null);
            String encoded = result.output.trim();
            if (result.exitCode != 0 || encoded.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SecretKeySpec(Base64.getDecoder().decode(encoded), "AES"));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The OS keyring did not return the vault key: " + e.getMessage(), e);
        }
    }

    private SecretKey store() {
        SecretKey fresh = VaultCrypto.newKey();
        try {
            Result result = run(List.of("store", "--label=BillingOne token vault (" + dataDir + ")"),
                    Base64.getEncoder().encodeToString(fresh.getEncoded()));
            if (result.exitCode != 0) {
                throw new IllegalStateException("The OS keyring refused to store the vault key: " + result.error.trim());
            }
            return fresh;
        } catch (IOException e) {
            throw new IllegalStateException("The OS keyring could not store the vault key: " + e.getMessage(), e);
        }
    }

    private Result run(List<String> verb, String stdin) throws IOException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command);
        commandLine.addAll(verb);
        commandLine.addAll(List.of("application", "billingone-workstation", "vault", dataDir.toString()));
        Process process = new ProcessBuilder(commandLine).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            String error = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("secret-tool did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output, error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while waiting for secret-tool", e);
        }
    }

    private record Result(int exitCode, String output, String error) {
    }
}
