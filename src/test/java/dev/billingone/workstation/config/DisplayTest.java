package dev.billingone.workstation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.billingone.workstation.core.UsageException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {
    @Test
    void x11SystemsNeedDisplayWhileWindowsAndMacAlwaysHaveADesktop() {
        assertThat(Display.available(Map.of(), "Linux")).isFalse();
        assertThat(Display.available(Map.of("DISPLAY", ":99"), "Linux")).isTrue();
        assertThat(Display.available(Map.of(), "Windows 11")).isTrue();
        assertThat(Display.available(Map.of(), "Mac OS X")).isTrue();
    }

    @Test
    void withoutADisplayTheWindowIsAUsageErrorThatSaysWhatToDo() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        assertThatThrownBy(() -> Display.require("The workstation's window", Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("The workstation's window needs a display")
                .hasMessageContaining("xvfb-run").hasMessageContaining("--help");
    }
}
