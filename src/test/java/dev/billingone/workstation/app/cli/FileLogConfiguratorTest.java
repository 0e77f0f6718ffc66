package dev.billingone.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's logging: a file in the chosen folder at INFO, chatty libraries at WARN; untouched without a folder. */
class FileLogConfiguratorTest {
    @TempDir
    Path folder;

    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void freshContext() {
        context.setMDCAdapter(new LogbackMDCAdapter()); // as slf4j's provider gives the real one
    }

    @AfterEach
    void restore() {
        context.stop();
        System.clearProperty(LogSetup.PROPERTY);
    }

    @Test
    void writesInfoToTheChosenFolderAndKeepsLibrariesAtWarn() throws Exception {
        System.setProperty(LogSetup.PROPERTY, folder.toString());
        FileLogConfigurator configurator = new FileLogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("dev.billingone.Test").info("month-end started");
        context.getLogger("org.hibernate.SQL").info("select 1");
        context.getLogger("org.hibernate.SQL").warn("slow query");
        assertThat(context.getLogger("com.zaxxer.hikari").getLevel()).isEqualTo(Level.WARN);
        context.stop(); // flushes and closes the file

        String log = Files.readString(folder.resolve("billingone.log"));
        assertThat(log).contains("INFO ", "dev.billingone.Test - month-end started", "slow query")
                .doesNotContain("select 1");
    }

    @Test
    void withoutAChosenFolderLeavesConfigurationToLogback() {
        FileLogConfigurator configurator = new FileLogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
