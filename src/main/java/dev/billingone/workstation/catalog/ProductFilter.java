package dev.billingone.workstation.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Filter-as-you-type over the whole catalog: every word must appear in the SKU, name, description, vendor,
 * tax type or account. Pure and thread-safe, so the screen runs it off the UI thread.
 */
public final class ProductFilter {
    private ProductFilter() {
    }

    public static List<ProductRow> apply(List<ProductRow> rows, String query) {
        String[] words = query == null ? new String[0] : query.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return rows;
        }
        List<ProductRow> matches = new ArrayList<>();
        for (ProductRow row : rows) {
            if (matchesAll(row.searchText(), words)) {
                matches.add(row);
            }
        }
        return matches;
    }

    private static boolean matchesAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
