package dev.billingone.workstation.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The one way screens run work off the UI thread: database reads, imports, generation, pushes. Results and
 * errors come back on the FX thread; the status bar binds to {@link #running()} and {@link #message()}.
 * Long jobs pass a {@link Task} of their own to get progress and cancel.
 */
public final class Background {
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "billingone-background");
        thread.setDaemon(true);
        return thread;
    });
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicInteger counter = new AtomicInteger();
    private final Consumer<Throwable> errorHandler;

    public Background(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    /** Runs {@code work} in the background and hands its result to {@code onSuccess} on the FX thread. */
    public <T> Task<T> run(String label, Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(label, task, onSuccess);
    }

    /** Runs a task that reports its own progress and honours cancel. */
    public <T> Task<T> submit(String label, Task<T> task, Consumer<T> onSuccess) {
        started(label);
        // Handlers, not setOnXxx: a caller's own onCancelled/onFailed (e.g. to reset its progress bar) must survive.
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            finished();
            errorHandler.accept(task.getException());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> finished());
        executor.submit(task);
        return task;
    }

    private void started(String label) {
        counter.incrementAndGet();
        onFx(() -> {
            running.set(counter.get());
            message.set(label);
        });
    }

    private void finished() {
        int left = counter.decrementAndGet();
        running.set(left);
        if (left == 0) {
            message.set("");
        }
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ReadOnlyIntegerProperty running() {
        return running;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
