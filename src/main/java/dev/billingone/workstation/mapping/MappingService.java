package dev.billingone.workstation.mapping;

import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongPredicate;
import org.hibernate.Session;

/**
 * The mapping workbench, headless: suggestions for every unmapped external record, single and bulk accept (with
 * a preview and guards), reject (remembered), "create a client/product from this record", and undo of the last
 * action. Every change is audited and recorded in {@link MappingChange} within the same transaction. Reconciliation
 * reads the links directly, so it sees each change as soon as it commits.
 */
public final class MappingService {
    /** The score at and above which a suggestion is taken without a person looking at it. */
    public static final double DEFAULT_AUTO_ACCEPT_SCORE = 0.9;
    public static final int DEFAULT_CANDIDATES = 3;
    /** Two candidates closer than this are a coin toss: bulk accept leaves the record to a person. */
    private static final double CLEAR_LEAD = 0.02;

    private final Store store;
    private final Map<MatchKind, MappingSide> sides = new EnumMap<>(MatchKind.class);

    public MappingService(Store store) {
        this.store = store;
        sides.put(MatchKind.CLIENTS, new ClientMappingSide());
        sides.put(MatchKind.PRODUCTS, new ProductMappingSide());
    }

    /** Unmapped external records per system, for the workbench's counts. */
    public Map<ExternalSystem, Integer> unmappedCounts(MatchKind kind) {
        Map<ExternalSystem, Integer> counts = new EnumMap<>(ExternalSystem.class);
        store.read(session -> side(kind).externalRecords(session)).stream()
                .filter(loaded -> loaded.record().mappedTo() == null)
                .forEach(loaded -> counts.merge(loaded.record().system(), 1, Integer::sum));
        return counts;
    }

    /**
     * The best {@code candidates} candidates at or above {@code minScore} for every unmapped external record,
     * skipping rejected pairs. Records without any such candidate are included (with none) when
     * {@code includeUnmatched}, so the workbench can still offer "new client from this record".
     */
    public List<Suggestion> suggest(MatchKind kind, double minScore, int candidates, boolean includeUnmatched) {
        return suggest(kind, minScore, candidates, includeUnmatched, false);
    }

    /** As above; with {@code includeMapped} also for records already linked (to re-map them). */
    public List<Suggestion> suggest(MatchKind kind, double minScore, int candidates, boolean includeUnmatched,
                                    boolean includeMapped) {
        Workload work = store.read(session -> load(session, kind, includeMapped));
        MatchIndex index = MatchIndex.build(kind, work.targets);
        // The index is immutable, so records are matched on every core; the order of the records is kept.
        return work.records.parallelStream().map(loaded -> {
            Set<Long> rejected = work.rejected.getOrDefault(loaded.record().id(), Set.of());
            LongPredicate excluded = rejected::contains;
            List<ScoredCandidate> best = index.best(loaded.match(), candidates, excluded).stream()
                    .filter(candidate -> candidate.score() >= minScore).toList();
            return new Suggestion(loaded.record(), best);
        }).filter(suggestion -> includeUnmatched || !suggestion.candidates().isEmpty()).toList();
    }

    /**
     * What {@link #acceptAll} would link. A record is held back for a person when its two best candidates score
     * alike, when another record of the same system points at the same client, or when that client is already
     * linked to a record of that system (one Pax8 company per client, one Xero contact per client).
     */
    public AcceptPreview previewAcceptAll(MatchKind kind, double minScore) {
        if (minScore <= 0 || minScore > 1) {
            throw new InvalidInputException("The minimum score for a bulk accept must be above 0 and at most 1; got " + minScore + ".");
        }
        List<Suggestion> suggestions = suggest(kind, minScore, 2, false);
        Set<String> linkedPerSystem = kind == MatchKind.CLIENTS ? store.read(session -> linkedTargets(session, kind)) : Set.of();
        Map<String, List<Suggestion>> byTarget = new HashMap<>();
        for (Suggestion suggestion : suggestions) {
            byTarget.computeIfAbsent(targetKey(suggestion.record(), suggestion.candidates().get(0).id()), key -> new ArrayList<>())
                    .add(suggestion);
        }
        List<Link> links = new ArrayList<>();
        List<AcceptPreview.Held> held = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            ScoredCandidate best = suggestion.candidates().get(0);
            String key = targetKey(suggestion.record(), best.id());
            if (suggestion.candidates().size() > 1 && best.score() - suggestion.candidates().get(1).score() < CLEAR_LEAD) {
                held.add(new AcceptPreview.Held(suggestion.record(), "two candidates score alike: " + best.name() + " and "
                        + suggestion.candidates().get(1).name()));
            } else if (kind == MatchKind.CLIENTS && byTarget.get(key).size() > 1) {
                held.add(new AcceptPreview.Held(suggestion.record(), byTarget.get(key).size() + " "
                        + suggestion.record().system().displayName() + " records match " + best.name()));
            } else if (linkedPerSystem.contains(key)) {
                held.add(new AcceptPreview.Held(suggestion.record(), best.name() + " is already linked to another "
                        + suggestion.record().system().displayName() + " record"));
            } else {
                links.add(new Link(suggestion.record(), best.id(), best.name(), best.score()));
            }
        }
        return new AcceptPreview(minScore, links, held);
    }

    /** Links every record the preview would link, in one transaction (all or nothing); one undo reverses it. */
    public List<Link> acceptAll(MatchKind kind, double minScore) {
        AcceptPreview preview = previewAcceptAll(kind, minScore);
        return apply(kind, preview.links(), false, "bulk accept at score >= " + minScore);
    }

    /**
     * Links one record to one client or product. A record already linked elsewhere is only moved when
     * {@code allowRemap} (after the user saw {@link #impactOfLinking}); otherwise this is a conflict.
     */
    public Link accept(MatchKind kind, long recordId, long targetId, double score, boolean allowRemap) {
        ExternalRecord record = store.read(session -> side(kind).externalRecord(session, recordId));
        String targetName = store.read(session -> side(kind).targetName(session, targetId));
        return apply(kind, List.of(new Link(record, targetId, targetName, score)), allowRemap, "accepted in the mapping workbench")
                .get(0);
    }

    /** What linking the record elsewhere would move (nothing when it is not linked yet). */
    public RemapImpact impactOfLinking(MatchKind kind, long recordId) {
        return store.read(session -> {
            MappingSide side = side(kind);
            return side.impact(session, side.externalRecord(session, recordId));
        });
    }

    /** Remembers that this record is not that client/product, so the pair is never suggested again. */
    public void reject(MatchKind kind, long recordId, long targetId) {
        store.write(session -> {
            side(kind).externalRecord(session, recordId);
            side(kind).targetName(session, targetId);
            boolean known = !session.createSelectionQuery("from MappingRejection where kind = :kind and recordId = :record "
                            + "and targetId = :target", MappingRejection.class)
                    .setParameter("kind", kind).setParameter("record", recordId).setParameter("target", targetId)
                    .getResultList().isEmpty();
            if (!known) {
                session.persist(new MappingRejection(kind, recordId, targetId, Actor.current()));
                AuditLog.record(session, "mapping_rejection", recordId, "reject", null,
                        Map.of("kind", kind, "targetId", targetId), "suggestion rejected in the mapping workbench");
                session.persist(new MappingChange(newBatch(), kind, MappingChange.Action.REJECT, recordId, null, targetId,
                        Actor.current()));
            }
        });
    }

    /** Removes the link of one record. */
    public void unlink(MatchKind kind, long recordId) {
        store.write(session -> {
            Long previous = side(kind).link(session, recordId, null, "unlinked in the mapping workbench");
            session.persist(new MappingChange(newBatch(), kind, MappingChange.Action.UNLINK, recordId, previous, null,
                    Actor.current()));
        });
    }

    /** Creates a client (or product) with the record's fields filled in and links the record to it. */
    public Link createFrom(MatchKind kind, long recordId) {
        return store.inTransaction(session -> {
            MappingSide side = side(kind);
            ExternalRecord record = side.externalRecord(session, recordId);
            if (record.mappedTo() != null) {
                throw new ConflictException(record.name() + " is already linked to " + side.targetName(session, record.mappedTo())
                        + "; unlink it first to create a new " + kind.targetNoun() + " from it.");
            }
            long targetId = side.createTargetFrom(session, recordId);
            side.link(session, recordId, targetId, "new " + kind.targetNoun() + " created from this record");
            session.persist(new MappingChange(newBatch(), kind, MappingChange.Action.CREATE_TARGET, recordId, null, targetId,
                    Actor.current()));
            return new Link(record, targetId, side.targetName(session, targetId), 1.0);
        });
    }

    /**
     * Undoes the most recent action that is not undone yet (a single accept, a whole bulk accept, a reject, an
     * unlink or a create), in one transaction. Refuses when a record has been changed since.
     */
    public Optional<UndoneAction> undoLast() {
        return store.inTransaction(session -> {
            List<MappingChange> latest = session.createSelectionQuery(
                            "from MappingChange where undoneAt is null order by id desc", MappingChange.class)
                    .setMaxResults(1).getResultList();
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            String batch = latest.get(0).getBatchId();
            List<MappingChange> steps = session.createSelectionQuery(
                            "from MappingChange where batchId = :batch order by id desc", MappingChange.class)
                    .setParameter("batch", batch).getResultList();
            Instant now = Instant.now();
            for (MappingChange step : steps) {
                reverse(session, step);
                step.markUndone(now);
            }
            MappingChange first = steps.get(steps.size() - 1);
            return Optional.of(new UndoneAction(first.getKind(), first.getAction(), steps.size()));
        });
    }

    /** What {@link #undoLast} reversed: the kind of action and how many records it touched. */
    public record UndoneAction(MatchKind kind, MappingChange.Action action, int records) {
    }

    private void reverse(Session session, MappingChange step) {
        MappingSide side = side(step.getKind());
        switch (step.getAction()) {
            case REJECT -> session.createMutationQuery("delete from MappingRejection where kind = :kind and recordId = :record "
                            + "and targetId = :target")
                    .setParameter("kind", step.getKind()).setParameter("record", step.getRecordId())
                    .setParameter("target", step.getNewTargetId()).executeUpdate();
            case LINK, UNLINK -> {
                requireUnchanged(session, side, step);
                side.link(session, step.getRecordId(), step.getPreviousTargetId(), "undo");
            }
            case CREATE_TARGET -> {
                requireUnchanged(session, side, step);
                side.link(session, step.getRecordId(), null, "undo");
                session.flush();
                side.deleteTarget(session, step.getNewTargetId());
            }
        }
    }

    private static void requireUnchanged(Session session, MappingSide side, MappingChange step) {
        ExternalRecord now = side.externalRecord(session, step.getRecordId());
        if (!java.util.Objects.equals(now.mappedTo(), step.getNewTargetId())) {
            throw new ConflictException(now.name() + " has been linked differently since; nothing was undone. "
                    + "Change its link by hand instead.");
        }
    }

    private List<Link> apply(MatchKind kind, List<Link> links, boolean allowRemap, String reason) {
        if (links.isEmpty()) {
            return List.of();
        }
        String batch = newBatch();
        return store.inTransaction(session -> {
            MappingSide side = side(kind);
            List<Link> applied = new ArrayList<>(links.size());
            for (Link link : links) {
                ExternalRecord current = side.externalRecord(session, link.record().id());
                if (current.mappedTo() != null && current.mappedTo() != link.targetId() && !allowRemap) {
                    RemapImpact impact = side.impact(session, current);
                    throw new ConflictException(impact.describe(link.targetName()) + " Confirm the re-mapping to go ahead.");
                }
                if (current.mappedTo() != null && current.mappedTo() == link.targetId()) {
                    continue;
                }
                Long previous = side.link(session, link.record().id(), link.targetId(),
                        reason + " (score " + String.format(java.util.Locale.ROOT, "%.2f", link.score()) + ")");
                session.persist(new MappingChange(batch, kind, MappingChange.Action.LINK, link.record().id(), previous,
                        link.targetId(), Actor.current()));
                applied.add(link);
            }
            return applied;
        });
    }

    private Workload load(Session session, MatchKind kind, boolean includeMapped) {
        MappingSide side = side(kind);
        List<MappingSide.Loaded> records = side.externalRecords(session).stream()
                .filter(loaded -> includeMapped || loaded.record().mappedTo() == null).toList();
        Map<Long, Set<Long>> rejected = new HashMap<>();
        session.createSelectionQuery("from MappingRejection where kind = :kind", MappingRejection.class)
                .setParameter("kind", kind).getResultList()
                .forEach(rejection -> rejected.computeIfAbsent(rejection.getRecordId(), id -> new HashSet<>()).add(rejection.getTargetId()));
        return new Workload(records, side.targets(session), rejected);
    }

    private Set<String> linkedTargets(Session session, MatchKind kind) {
        Set<String> linked = new HashSet<>();
        side(kind).externalRecords(session).stream().map(MappingSide.Loaded::record)
                .filter(record -> record.mappedTo() != null)
                .forEach(record -> linked.add(targetKey(record, record.mappedTo())));
        return linked;
    }

    private static String targetKey(ExternalRecord record, long targetId) {
        return record.system() + ":" + targetId;
    }

    private MappingSide side(MatchKind kind) {
        return sides.get(kind);
    }

    private static String newBatch() {
        return UUID.randomUUID().toString();
    }

    private record Workload(List<MappingSide.Loaded> records, List<MatchRecord> targets, Map<Long, Set<Long>> rejected) {
    }
}
