package dev.billingone.workstation.ui.billing;

import dev.billingone.workstation.billing.GenerationListener;
import dev.billingone.workstation.billing.GenerationRequest;
import dev.billingone.workstation.billing.GenerationResult;
import dev.billingone.workstation.billing.InvoiceGenerator;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.ui.common.Formats;
import javafx.concurrent.Task;

/** Generation as a cancellable task: progress per chunk of clients, with the time left estimated from the pace so far. */
final class GenerationTask extends Task<GenerationResult> {
    private final Store store;
    private final GenerationRequest request;

    GenerationTask(Store store, GenerationRequest request) {
        this.store = store;
        this.request = request;
    }

    @Override
    protected GenerationResult call() {
        long started = System.nanoTime();
        return new InvoiceGenerator(store).generate(request, new GenerationListener() {
            @Override
            public void progress(int done, int total) {
                updateProgress(done, Math.max(1, total));
                updateMessage(done + " of " + total + " clients" + Formats.timeLeft(started, total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        });
    }
}
