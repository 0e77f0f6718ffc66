package dev.billingone.workstation.bench;

import dev.billingone.workstation.config.Settings;
import java.nio.file.Path;
import java.util.function.Consumer;

/** What a benchmark may use: a scratch folder of its own, the settings, and a progress line on stderr. */
public record BenchContext(Path scratch, Settings settings, Consumer<String> progress) {
}
