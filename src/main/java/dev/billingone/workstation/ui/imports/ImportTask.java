package dev.billingone.workstation.ui.imports;

import dev.billingone.workstation.imports.ImportProgress;
import dev.billingone.workstation.imports.ImportRequest;
import dev.billingone.workstation.imports.ImportResult;
import dev.billingone.workstation.imports.ImportService;
import dev.billingone.workstation.ui.common.Formats;
import javafx.concurrent.Task;

/**
 * A dry run or an apply as a cancellable task: progress by the share of the file read, rows so far and the time
 * left. Cancel is checked between chunks and rolls the whole import back. Cancel it with {@code cancel(false)}:
 * interrupting a thread in the middle of H2's file I/O closes the database.
 */
final class ImportTask extends Task<ImportResult> {
    private final ImportService service;
    private final ImportRequest request;

    ImportTask(ImportService service, ImportRequest request) {
        this.service = service;
        this.request = request;
    }

    @Override
    protected ImportResult call() {
        long started = System.nanoTime();
        String verb = request.dryRun() ? "validated" : "validated and imported";
        return service.run(request, new ImportProgress() {
            @Override
            public void rowsRead(int rows, double fileFraction) {
                updateProgress(fileFraction, 1);
                updateMessage(String.format("%,d rows %s (%d%%)%s", rows, verb, Math.round(fileFraction * 100),
                        Formats.timeLeft(started, fileFraction)));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        });
    }
}
