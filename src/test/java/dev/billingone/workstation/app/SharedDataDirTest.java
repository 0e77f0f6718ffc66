package dev.billingone.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.store.DatabaseTarget;
import dev.billingone.workstation.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month-end CLI job in another process works on the data dir while the window (this JVM) has it open. */
class SharedDataDirTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessReadsAndWritesWhileTheFirstHoldsTheDatabase() throws Exception {
        try (Store gui = Store.open(DatabaseTarget.h2(dir))) {
            gui.write(session -> {
                Client client = new Client();
                client.setName("Kookaburra Freight Pty Ltd");
                client.setCurrency("AUD");
                session.persist(client);
            });

            Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "--data-dir", dir.toString(), "demo", "--clients", "3", "--replace", "--json")
                    .redirectErrorStream(false).start();
            assertThat(cli.waitFor(180, TimeUnit.SECONDS)).as("CLI finished").isTrue();
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.exitValue()).as(err).isZero();
            assertThat(out).contains("\"clients\":3");

            List<String> names = gui.read(session -> session.createSelectionQuery("select name from Client", String.class).getResultList());
            assertThat(names).hasSize(3).doesNotContain("Kookaburra Freight Pty Ltd");
        }
    }
}
