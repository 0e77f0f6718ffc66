package dev.billingone.workstation.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import attempt: who, when, which file (name and hash), with which preset, and what it did. Append-only. */
@Entity
@Table(name = "import_log")
public class ImportLog {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;

    @Column(name = "preset", updatable = false)
    private String preset;

    @Column(name = "created_count", nullable = false, updatable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false, updatable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false, updatable = false)
    private int unchangedCount;

    @Column(name = "error_count", nullable = false, updatable = false)
    private int errorCount;

    @Column(name = "skipped_rows", length = 1000000, updatable = false)
    private String skippedRows;

    protected ImportLog() {
    }

    ImportLog(Instant importedAt, String actor, ImportResult result, boolean applied) {
        this.importedAt = importedAt;
        this.actor = actor;
        this.kind = result.kind().cliName();
        this.fileName = result.fileName();
        this.fileSha256 = result.sha256();
        this.preset = result.preset().id();
        this.createdCount = applied ? result.created() : 0;
        this.updatedCount = applied ? result.updated() : 0;
        this.unchangedCount = result.unchanged();
        this.errorCount = result.errorCount();
        this.skippedRows = result.skippedRows().isEmpty() ? null
                : result.skippedRows().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getPreset() {
        return preset;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getErrorCount() {
        return errorCount;
    }

    /** Comma-separated spreadsheet rows skipped by an "import valid rows only" run. */
    public String getSkippedRows() {
        return skippedRows;
    }
}
