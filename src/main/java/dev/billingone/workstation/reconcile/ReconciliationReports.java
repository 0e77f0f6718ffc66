package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * Writes the PDF and CSV reports to files, whole or not at all: each goes to a temporary file beside the
 * target and is moved into place when complete, so a cancelled or failed export never leaves half a report.
 */
public final class ReconciliationReports {
    private final Store store;
    private final Clock clock;

    public ReconciliationReports(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ReportBranding branding() {
        return store.read(session -> ReportBranding.load(session, ZonedDateTime.now(clock)));
    }

    public void writePdf(Reconciliation reconciliation, Path file, BulkProgress progress) {
        ReportBranding branding = branding();
        atomically(file, "PDF", temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                ReconciliationPdf.write(reconciliation, branding, out, progress);
            }
        });
    }

    public void writeCsv(Reconciliation reconciliation, Path file) {
        atomically(file, "CSV", temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                ReconciliationCsv.write(reconciliation, out);
            }
        });
    }

    private interface FileWork {
        void write(Path temp) throws IOException;
    }

    private static void atomically(Path file, String kind, FileWork work) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            work.write(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write the " + kind + " report to " + target + " (" + e.getMessage()
                    + "): choose a folder you can write to.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Only a leftover ".part" file; the report itself is either complete or absent.
        }
    }
}
