package dev.billingone.workstation.config;

import dev.billingone.workstation.core.UsageException;
import java.util.Map;

/** Whether windows can open here: JavaFX on Linux and other X11 systems needs $DISPLAY; Windows and macOS always have a desktop. */
public final class Display {
    private Display() {
    }

    public static boolean available(Map<String, String> env, String osName) {
        return osName.startsWith("Windows") || osName.startsWith("Mac") || env.get("DISPLAY") != null;
    }

    /** Refuses, in one sentence that says what to do, to open {@code what} where no window can appear. */
    public static void require(String what, Map<String, String> env) {
        if (!available(env, System.getProperty("os.name", ""))) {
            throw new UsageException(what + " needs a display, and this session has none ($DISPLAY is not set): run it "
                    + "in a desktop session, or under xvfb-run -a -s \"-screen 0 1600x1000x24\". The commands work "
                    + "without one (see --help).");
        }
    }
}
