package dev.billingone.workstation.ui.billing;

import dev.billingone.workstation.billing.GenerationListener;
import dev.billingone.workstation.billing.GenerationRequest;
import dev.billingone.workstation.billing.GenerationResult;
import dev.billingone.workstation.billing.InvoiceGenerator;
import dev.billingone.workstation.store.Store;
import java.time.Duration;
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
                updateMessage(done + " of " + total + " clients" + eta(started, done, total));
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        });
    }

    static String eta(long startedNanos, int done, int total) {
        if (done == 0 || done >= total) {
            return "";
        }
        long elapsed = System.nanoTime() - startedNanos;
        Duration left = Duration.ofNanos(elapsed / done * (total - done));
        return " — about " + (left.toSeconds() < 60 ? Math.max(1, left.toSeconds()) + " s" : left.toMinutes() + " min") + " left";
    }
}
