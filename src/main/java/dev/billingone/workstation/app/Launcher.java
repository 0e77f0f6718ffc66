package dev.billingone.workstation.app;

import dev.billingone.workstation.app.cli.Cli;
import dev.billingone.workstation.app.cli.LogSetup;
import dev.billingone.workstation.config.Display;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one entry point. Not a JavaFX Application, so the CLI never loads JavaFX: with no command the main
 * window opens; {@code triage} the compact window; {@code open URL} a deep link; anything else is headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogSetup.chooseFolder(DataDir0.guess(args, System.getenv()));
        if (Cli.opensWindowOnly(args) && Display.available(System.getenv(), System.getProperty("os.name", ""))) {
            ToolkitWarmUp.begin();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, System.getenv(), out, err, GuiLauncher::openMainWindow);
        System.exit(code);
    }

    /** Finds --data-dir before picocli runs, because logging must know its folder first. */
    static final class DataDir0 {
        static Path guess(String[] args, Map<String, String> env) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--data-dir") && i + 1 < args.length) {
                    return Path.of(args[i + 1]);
                }
                if (args[i].startsWith("--data-dir=")) {
                    return Path.of(args[i].substring("--data-dir=".length()));
                }
            }
            return dev.billingone.workstation.config.DataDir.resolve(null, env);
        }
    }
}
