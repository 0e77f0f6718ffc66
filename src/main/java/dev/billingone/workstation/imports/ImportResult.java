package dev.billingone.workstation.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of a dry run or an apply: counts, errors (the first {@link #MAX_LISTED} listed, all counted), and
 * per-row outcomes for review (the first {@link #MAX_LISTED_ROWS}, so a million-row file stays in bounded memory).
 */
public final class ImportResult {
    public static final int MAX_LISTED = 1_000;
    public static final int MAX_LISTED_ROWS = 20_000;

    private final ImportKind kind;
    private final String fileName;
    private final Preset preset;
    private final boolean dryRun;
    private boolean applied;
    private int created;
    private int updated;
    private int unchanged;
    private int errorRows;
    private int errorCount;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<RowOutcome> rows = new ArrayList<>();
    private final List<Integer> skippedRows = new ArrayList<>();
    private String sha256;

    ImportResult(ImportKind kind, String fileName, Preset preset, boolean dryRun) {
        this.kind = kind;
        this.fileName = fileName;
        this.preset = preset;
        this.dryRun = dryRun;
    }

    void add(RowOutcome outcome) {
        switch (outcome.action()) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case ERROR -> {
                errorRows++;
                if (skippedRows.size() < MAX_LISTED_ROWS) {
                    skippedRows.add(outcome.row());
                }
                outcome.errors().forEach(this::error);
            }
        }
        if (listsMoreRows() && outcome.action() != RowOutcome.Action.UNCHANGED) {
            rows.add(outcome);
        }
    }

    /** False once {@link #MAX_LISTED_ROWS} rows are listed: later rows are only counted. */
    boolean listsMoreRows() {
        return rows.size() < MAX_LISTED_ROWS;
    }

    void error(ImportError error) {
        errorCount++;
        if (errors.size() < MAX_LISTED) {
            errors.add(error);
        }
    }

    void applied(boolean value) {
        applied = value;
    }

    void sha256(String value) {
        sha256 = value;
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public Preset preset() {
        return preset;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** True when the changes were committed (never for a dry run). */
    public boolean applied() {
        return applied;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int errorRows() {
        return errorRows;
    }

    public int errorCount() {
        return errorCount;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public List<ImportError> errors() {
        return Collections.unmodifiableList(errors);
    }

    /** Created, updated and error rows (unchanged rows are only counted). */
    public List<RowOutcome> rows() {
        return Collections.unmodifiableList(rows);
    }

    public List<Integer> skippedRows() {
        return Collections.unmodifiableList(skippedRows);
    }

    public String sha256() {
        return sha256;
    }

    public String summary() {
        String counts = String.format("%,d created, %,d updated, %,d unchanged, %,d rows with errors", created, updated, unchanged, errorRows);
        String what = dryRun ? "Dry run of " : applied ? "Imported " : "Nothing imported from ";
        return what + fileName + " (" + preset.title() + "): " + counts + ".";
    }
}
