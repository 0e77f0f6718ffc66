package dev.billingone.workstation.ui.common;

import java.util.Locale;
import javafx.scene.control.ComboBox;

/** A list's status filter: "Any status" or one value of the record's lifecycle enum, in words. */
public final class StatusChoice<E extends Enum<E>> {
    private static final String ANY = "Any status";

    private final Class<E> type;
    private final ComboBox<String> combo = new ComboBox<>();

    public StatusChoice(Class<E> type, Runnable onChange) {
        this.type = type;
        combo.getItems().add(ANY);
        for (E value : type.getEnumConstants()) {
            combo.getItems().add(words(value));
        }
        combo.setValue(ANY);
        combo.setOnAction(e -> onChange.run());
    }

    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public ComboBox<String> node() {
        return combo;
    }

    /** The chosen status, or null for any. */
    public E selected() {
        for (E value : type.getEnumConstants()) {
            if (words(value).equals(combo.getValue())) {
                return value;
            }
        }
        return null;
    }
}
