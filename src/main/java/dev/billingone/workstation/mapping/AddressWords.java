package dev.billingone.workstation.mapping;

import java.util.Map;

/** Street-type words in one short form, so "12 George Street" and "12 George St." are the same address. */
final class AddressWords {
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("street", "st"), Map.entry("road", "rd"), Map.entry("avenue", "ave"), Map.entry("av", "ave"),
            Map.entry("drive", "dr"), Map.entry("highway", "hwy"), Map.entry("parade", "pde"),
            Map.entry("place", "pl"), Map.entry("court", "ct"), Map.entry("crescent", "cres"),
            Map.entry("boulevard", "blvd"), Map.entry("lane", "ln"), Map.entry("terrace", "tce"),
            Map.entry("level", "lvl"), Map.entry("suite", "ste"), Map.entry("unit", "u"), Map.entry("north", "n"),
            Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"), Map.entry("square", "sq"),
            Map.entry("close", "cl"), Map.entry("circuit", "cct"), Map.entry("esplanade", "esp"));

    private AddressWords() {
    }

    static String shortForm(String word) {
        return SHORT_FORMS.getOrDefault(word, word);
    }
}
