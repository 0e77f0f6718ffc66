package dev.billingone.workstation.notify;

import dev.billingone.workstation.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a notification shows: inside the app window, in the operating system's tray, or nowhere. */
public enum Delivery {
    IN_APP("in-app"),
    TRAY("tray"),
    NONE("none");

    private final String value;

    Delivery(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Delivery parse(String key, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.value.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("Setting " + key + " is '" + text + "'; use one of "
                        + Arrays.stream(values()).map(Delivery::value).collect(Collectors.joining(", ")) + "."));
    }
}
