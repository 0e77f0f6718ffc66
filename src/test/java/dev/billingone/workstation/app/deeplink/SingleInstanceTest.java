package dev.billingone.workstation.app.deeplink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dataDir;

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void theFirstInstanceReceivesWhatOthersForwardAndASecondCannotListen() throws IOException {
        try (SingleInstance first = SingleInstance.listen(dataDir, received::add).orElseThrow()) {
            assertThat(SingleInstance.listen(dataDir, received::add)).isEmpty();

            assertThat(SingleInstance.forward(dataDir, "billingone://missed-billing"))
                    .isInstanceOf(SingleInstance.Forwarded.Delivered.class);
            assertThat(SingleInstance.forward(dataDir, "billingone://clients/42"))
                    .isInstanceOf(SingleInstance.Forwarded.Delivered.class);
            assertThat(received).containsExactly("billingone://missed-billing", "billingone://clients/42");
            assertThat(first.port()).isPositive();
        }
        assertThat(dataDir.resolve(SingleInstance.PORT_FILE)).doesNotExist();
        assertThat(SingleInstance.forward(dataDir, "billingone://dashboard")).isInstanceOf(SingleInstance.Forwarded.NotRunning.class);
    }

    @Test
    void theHandlersRefusalGoesBackToTheSender() throws IOException {
        try (SingleInstance ignored = SingleInstance.listen(dataDir, link -> {
            throw new InvalidInputException("There is no client 999.\nReally.");
        }).orElseThrow()) {
            assertThat(SingleInstance.forward(dataDir, "billingone://clients/999"))
                    .isEqualTo(new SingleInstance.Forwarded.Rejected("There is no client 999. Really."));
        }
    }

    @Test
    void aLinkWithoutTheTokenFromThePortFileIsRefused() throws IOException {
        try (SingleInstance ignored = SingleInstance.listen(dataDir, received::add).orElseThrow()) {
            Path portFile = dataDir.resolve(SingleInstance.PORT_FILE);
            List<String> lines = Files.readAllLines(portFile);
            Files.write(portFile, List.of(lines.get(0), "guessed-token"));

            assertThat(SingleInstance.forward(dataDir, "billingone://invoices"))
                    .isInstanceOf(SingleInstance.Forwarded.Rejected.class);
            assertThat(received).isEmpty();
        }
    }

    @Test
    void aPortFileLeftByACrashedInstanceIsTakenOver() throws IOException {
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        Files.write(dataDir.resolve(SingleInstance.PORT_FILE), List.of(Integer.toString(deadPort), "stale"));

        assertThat(SingleInstance.forward(dataDir, "billingone://invoices")).isInstanceOf(SingleInstance.Forwarded.NotRunning.class);
        try (SingleInstance instance = SingleInstance.listen(dataDir, received::add).orElseThrow()) {
            assertThat(Files.readAllLines(dataDir.resolve(SingleInstance.PORT_FILE)).get(0))
                    .isEqualTo(Integer.toString(instance.port()));
        }
    }
}
