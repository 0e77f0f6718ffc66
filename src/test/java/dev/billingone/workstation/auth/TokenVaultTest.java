package dev.billingone.workstation.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVaultTest {
    @TempDir
    Path dir;

    private static StoredCredentials credentials(String access) {
        return StoredCredentials.oauth(new TokenSet(access, "refresh-" + access, Instant.parse("2026-11-25T10:00:00Z"), null),
                "client-1", "client-secret-" + access, "tenant-1");
    }

    private static boolean fileContains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void secretsRoundTripButAreNeverOnDiskInPlainText() throws Exception {
        TokenVault vault = TokenVault.open(dir, null, Map.of());
        vault.put(ExternalSystem.XERO, credentials("access-7f3a9c"));
        vault.put(ExternalSystem.PAX8, StoredCredentials.apiKey("api-key-55aa", null));

        TokenVault reopened = TokenVault.open(dir, null, Map.of());
        assertThat(reopened.get(ExternalSystem.XERO)).contains(credentials("access-7f3a9c"));
        assertThat(reopened.get(ExternalSystem.PAX8).orElseThrow().apiKey()).isEqualTo("api-key-55aa");
        assertThat(reopened.get(ExternalSystem.QBO)).isEmpty();
        for (String secret : new String[] {"access-7f3a9c", "refresh-access-7f3a9c", "client-secret-access-7f3a9c", "api-key-55aa"}) {
            assertThat(fileContains(dir.resolve(TokenVault.FILE), secret)).as(secret).isFalse();
        }
        assertThat(credentials("access-7f3a9c").toString()).doesNotContain("access-7f3a9c");
    }

    @Test
    void theVaultAndItsKeyFileAreReadableOnlyByTheUserAndWritesLeaveNoTemporaryFiles() throws Exception {
        TokenVault vault = TokenVault.open(dir, null, Map.of());
        for (int i = 0; i < 5; i++) {
            vault.put(ExternalSystem.XERO, credentials("access-" + i));
        }
        vault.remove(ExternalSystem.XERO);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(TokenVault.FILE)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(VaultKeys.KEY_FILE)))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(TokenVault.FILE, TokenVault.FILE + ".lock", VaultKeys.KEY_FILE);
        }
        assertThat(vault.get(ExternalSystem.XERO)).isEmpty();
    }

    @Test
    void aPassphraseProtectedKeyOpensOnlyWithThePassphrase() {
        TokenVault vault = TokenVault.open(dir, "correct horse".toCharArray(), Map.of());
        vault.put(ExternalSystem.QBO, credentials("qbo-access"));
        assertThat(vault.keyDescription()).contains("passphrase");
        assertThat(VaultKeys.needsPassphrase(dir)).isTrue();

        assertThatThrownBy(() -> TokenVault.open(dir, null, Map.of()).get(ExternalSystem.QBO))
                .isInstanceOf(VaultLockedException.class).hasMessageContaining("protected by a passphrase");
        assertThatThrownBy(() -> TokenVault.open(dir, "wrong".toCharArray(), Map.of()).get(ExternalSystem.QBO))
                .isInstanceOf(VaultLockedException.class).hasMessageContaining("passphrase is wrong");
        assertThat(TokenVault.open(dir, null, Map.of(VaultKeys.PASSPHRASE_ENV, "correct horse")).get(ExternalSystem.QBO))
                .contains(credentials("qbo-access"));
    }

    @Test
    void anAlteredVaultIsRefusedWithAnExplanation() throws Exception {
        TokenVault vault = TokenVault.open(dir, null, Map.of());
        vault.put(ExternalSystem.XERO, credentials("access-1"));
        byte[] bytes = Files.readAllBytes(dir.resolve(TokenVault.FILE));
        bytes[bytes.length - 3] ^= 0x40;
        Files.write(dir.resolve(TokenVault.FILE), bytes);

        assertThatThrownBy(() -> vault.get(ExternalSystem.XERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("altered");
    }

    @Test
    void theOsKeyringHoldsTheKeyWhenSecretToolAnswers() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path store = dir.resolve("keyring-entry");
        // A stand-in for secret-tool with the same command line: store reads the secret from stdin, lookup prints it.
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, "#!/bin/sh\ncase \"$1\" in\n  store) cat > '" + store + "' ;;\n"
                + "  lookup) [ -f '" + store + "' ] && cat '" + store + "' || exit 1 ;;\nesac\n");
        tool.toFile().setExecutable(true);
        Path data = Files.createDirectories(dir.resolve("data"));
        Map<String, String> env = Map.of("PATH", bin.toString());

        TokenVault vault = TokenVault.open(data, null, env);
        vault.put(ExternalSystem.XERO, credentials("access-keyring"));

        assertThat(vault.keyDescription()).contains("OS keyring");
        assertThat(Files.exists(data.resolve(VaultKeys.KEY_FILE))).isFalse();
        assertThat(Files.readString(store)).isNotBlank();
        assertThat(TokenVault.open(data, null, env).get(ExternalSystem.XERO)).contains(credentials("access-keyring"));
        // Keyring gone (no secret-tool): the vault must not be silently re-keyed into a new key file.
        assertThatThrownBy(() -> TokenVault.open(data, null, Map.of("PATH", dir.resolve("nowhere").toString())))
                .isInstanceOf(VaultLockedException.class).hasMessageContaining("OS keyring");
        assertThat(Files.exists(data.resolve(VaultKeys.KEY_FILE))).isFalse();
    }
}
