package dev.billingone.workstation.ui.mapping;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.mapping.AcceptPreview;
import dev.billingone.workstation.mapping.ExternalRecord;
import dev.billingone.workstation.mapping.MappingService;
import dev.billingone.workstation.mapping.MatchKind;
import dev.billingone.workstation.mapping.ScoredCandidate;
import dev.billingone.workstation.mapping.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workbench's state and actions, testable without a window: the external records to map (left), the
 * candidates of the selected one (right), counts per system and a status line. Every service call goes through
 * {@link Runner} (the background runner in the app, a direct call in tests); results are applied on return.
 */
public final class MappingWorkbenchModel {
    /** Runs work off the UI thread and hands the result back on it. */
    public interface Runner {
        <T> void run(String label, Callable<T> work, Consumer<T> onSuccess);
    }

    /** Asks the user to confirm a re-mapping, showing what moves; answers true to go ahead. */
    public interface RemapConfirmation extends Predicate<String> {
    }

    private static final int CANDIDATES = 5;

    private final MappingService service;
    private final Runner runner;
    private final Runnable dataChanged;
    private final ObjectProperty<MatchKind> kind = new SimpleObjectProperty<>(MatchKind.CLIENTS);
    private final BooleanProperty includeMapped = new SimpleBooleanProperty(false);
    private final ObservableList<Suggestion> records = FXCollections.observableArrayList();
    private final ObjectProperty<Suggestion> selected = new SimpleObjectProperty<>();
    private final ObservableList<ScoredCandidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public MappingWorkbenchModel(MappingService service, Runner runner, Runnable dataChanged) {
        this.service = service;
        this.runner = runner;
        this.dataChanged = dataChanged;
        selected.addListener((observable, old, now) -> candidates.setAll(now == null ? List.of() : now.candidates()));
    }

    /** Reloads the records of the current kind with their candidates. */
    public void reload() {
        MatchKind current = kind.get();
        boolean mapped = includeMapped.get();
        runner.run("Finding " + current.targetNoun() + " candidates…", () -> new Loaded(
                service.suggest(current, 0, CANDIDATES, true, mapped), service.unmappedCounts(current)), loaded -> {
                    records.setAll(loaded.suggestions());
                    counts.set(describeCounts(loaded.counts()));
                    selected.set(records.isEmpty() ? null : records.get(0));
                });
    }

    private record Loaded(List<Suggestion> suggestions, Map<ExternalSystem, Integer> counts) {
    }

    /** Links the selected record to {@code candidate}; a record linked elsewhere is only moved after confirmation. */
    public void accept(ScoredCandidate candidate, RemapConfirmation confirmation) {
        Suggestion suggestion = selected.get();
        if (suggestion == null || candidate == null) {
            return;
        }
        ExternalRecord record = suggestion.record();
        runner.run("Checking " + record.name() + "…", () -> service.impactOfLinking(kind.get(), record.id()), impact -> {
            boolean remap = impact.isMapped() && impact.currentTargetId() != candidate.id();
            if (remap && !confirmation.test(impact.describe(candidate.name()))) {
                status.set("Left " + record.name() + " linked to " + impact.currentTargetName() + ".");
                return;
            }
            runner.run("Linking " + record.name() + "…",
                    () -> service.accept(kind.get(), record.id(), candidate.id(), candidate.score(), remap),
                    link -> done(suggestion, "Linked " + record.name() + " to " + link.targetName() + "."));
        });
    }

    /** Remembers that the selected record is not {@code candidate}; it is never suggested for it again. */
    public void reject(ScoredCandidate candidate) {
        Suggestion suggestion = selected.get();
        if (suggestion == null || candidate == null) {
            return;
        }
        runner.run("Rejecting…", () -> {
            service.reject(kind.get(), suggestion.record().id(), candidate.id());
            return candidate;
        }, rejected -> {
            candidates.remove(rejected);
            status.set(suggestion.record().name() + " is not " + rejected.name() + ": it will not be suggested again.");
        });
    }

    /** Creates a client (or product) from the selected record, filled from its fields, and links it. */
    public void createFromSelected() {
        Suggestion suggestion = selected.get();
        if (suggestion == null) {
            return;
        }
        runner.run("Creating…", () -> service.createFrom(kind.get(), suggestion.record().id()),
                link -> done(suggestion, "Created " + kind.get().targetNoun() + " " + link.targetName() + " and linked it."));
    }

    /** Leaves the selected record for later and moves to the next. */
    public void skip() {
        int index = records.indexOf(selected.get());
        if (index >= 0 && index + 1 < records.size()) {
            selected.set(records.get(index + 1));
        }
    }

    public void previewBulk(double minScore, Consumer<AcceptPreview> onPreview) {
        runner.run("Preparing the preview…", () -> service.previewAcceptAll(kind.get(), minScore), onPreview);
    }

    public void applyBulk(double minScore) {
        runner.run("Linking…", () -> service.acceptAll(kind.get(), minScore), links -> {
            status.set("Linked " + links.size() + " record(s). Undo reverses them all.");
            dataChanged.run();
            reload();
        });
    }

    public void undo() {
        runner.run("Undoing…", service::undoLast, undone -> {
            status.set(undone.map(action -> "Undid the last " + action.action().name().toLowerCase().replace('_', ' ')
                    + " (" + action.records() + " record(s)).").orElse("Nothing to undo."));
            dataChanged.run();
            reload();
        });
    }

    private void done(Suggestion suggestion, String message) {
        int index = records.indexOf(suggestion);
        records.remove(suggestion);
        selected.set(records.isEmpty() ? null : records.get(Math.min(Math.max(index, 0), records.size() - 1)));
        status.set(message);
        dataChanged.run();
    }

    static String describeCounts(Map<ExternalSystem, Integer> counts) {
        if (counts.isEmpty()) {
            return "Everything is mapped.";
        }
        return "Unmapped: " + counts.entrySet().stream().map(entry -> entry.getKey().displayName() + " " + entry.getValue())
                .collect(Collectors.joining(" · "));
    }

    public ObjectProperty<MatchKind> kind() {
        return kind;
    }

    public BooleanProperty includeMapped() {
        return includeMapped;
    }

    public ObservableList<Suggestion> records() {
        return records;
    }

    public ObjectProperty<Suggestion> selected() {
        return selected;
    }

    public ObservableList<ScoredCandidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty counts() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
