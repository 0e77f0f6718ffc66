package dev.billingone.workstation.billing;

import dev.billingone.workstation.app.cli.Cli;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The child process of {@link CrashSafetyTest}: {@code month-end --period P --push} through the real command line
 * for each period given, on the data dir {@code args[0]} with the mock Xero at {@code args[1]}. Prints "ready" once
 * the JVM runs our code, so the parent's random kill lands in the work rather than in JVM start-up.
 */
public final class MonthEndChild {
    private MonthEndChild() {
    }

    public static void main(String[] args) {
        System.out.println("ready");
        System.out.flush();
        PrintWriter discard = new PrintWriter(java.io.Writer.nullWriter());
        for (int i = 2; i < args.length; i++) {
            int code = Cli.run(new String[] {"--data-dir", args[0], "--set", "xero.apiBaseUrl=" + args[1], "month-end",
                    "--period", args[i], "--push"}, Map.of(), discard, new PrintWriter(System.err, true), options -> { });
            if (code != 0) {
                System.exit(code);
            }
        }
        System.out.println("done");
    }
}
