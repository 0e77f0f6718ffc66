package dev.billingone.workstation.core;

/**
 * Who is acting, for audit rows. The workstation sets it once at start-up (the signed-in user, or the OS
 * user for the CLI); tests set it explicitly.
 */
public final class Actor {
    private static volatile String current = System.getProperty("user.name", "unknown");

    private Actor() {
    }

    public static String current() {
        return current;
    }

    public static void set(String name) {
        current = name == null || name.isBlank() ? "unknown" : name;
    }
}
