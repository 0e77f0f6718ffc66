package dev.billingone.workstation.triage;

import java.util.Locale;

/** A client in the type-ahead: matched on any word start of its name, or its id. */
public record ClientChoice(long id, String name) {
    public boolean matches(String typed) {
        String query = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return true;
        }
        if (query.equals(Long.toString(id))) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(query)) {
            return true;
        }
        for (String word : lower.split("[\\s\\-&.,/()]+")) {
            if (word.startsWith(query)) {
                return true;
            }
        }
        return lower.contains(query);
    }

    @Override
    public String toString() {
        return name;
    }
}
