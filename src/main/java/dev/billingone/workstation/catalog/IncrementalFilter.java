package dev.billingone.workstation.catalog;

import java.util.List;

/**
 * Filter-as-you-type state for one table: when the new query only extends the last one (the user typed
 * another character), only the last matches are searched again, so each keystroke gets cheaper. Confined to
 * the one background thread the screen filters on.
 */
public final class IncrementalFilter {
    private final List<ProductRow> all;
    private String lastQuery = "";
    private List<ProductRow> lastResult;

    public IncrementalFilter(List<ProductRow> all) {
        this.all = List.copyOf(all);
        this.lastResult = this.all;
    }

    public synchronized List<ProductRow> apply(String query) {
        String text = query == null ? "" : query;
        List<ProductRow> source = !lastQuery.isEmpty() && text.startsWith(lastQuery) ? lastResult : all;
        lastResult = ProductFilter.apply(source, text);
        lastQuery = text;
        return lastResult;
    }
}
