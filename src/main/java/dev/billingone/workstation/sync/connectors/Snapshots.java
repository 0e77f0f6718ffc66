package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.BaseEntity;
import dev.billingone.workstation.sync.PageOutcome;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Page-wise lookups for upserts: one query per page for the rows that already exist (by external id), instead of
 * one per record — a 100-invoice page costs one select, not a hundred.
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** Existing rows of {@code entity} (an entity with {@code system} and {@code externalId}) by external id. */
    public static <E extends BaseEntity> Map<String, E> existing(Session session, Class<E> entity, ExternalSystem system,
                                                                 Collection<String> externalIds, Function<E, String> externalId) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        List<E> rows = session.createSelectionQuery("from " + entity.getSimpleName()
                        + " where system = :system and externalId in (:ids)", entity)
                .setParameter("system", system)
                .setParameterList("ids", externalIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(externalId, Function.identity()));
    }

    /** How an entity with {@code system} and {@code externalId} columns is created and read. */
    public record Kind<E extends BaseEntity>(Class<E> entity, Supplier<E> create, BiConsumer<E, ExternalSystem> setSystem,
                                             BiConsumer<E, String> setExternalId, Function<E, String> externalId) {
    }

    /**
     * Upserts parsed records by external id (one select for the page): {@code fill} copies a record onto its row,
     * new or existing; outcome counts created and updated. Returns each record's row, in page order.
     */
    public static <R, E extends BaseEntity> Map<R, E> upsert(Session session, Kind<E> kind, ExternalSystem system,
                                                              List<R> records, Function<R, String> key,
                                                              BiConsumer<R, E> fill, PageOutcome outcome) {
        Map<String, E> existing = existing(session, kind.entity(), system, records.stream().map(key).toList(), kind.externalId());
        Map<R, E> rows = new LinkedHashMap<>();
        for (R record : records) {
            E row = existing.get(key.apply(record));
            boolean isNew = row == null;
            if (isNew) {
                row = kind.create().get();
                kind.setSystem().accept(row, system);
                kind.setExternalId().accept(row, key.apply(record));
            }
            fill.accept(record, row);
            if (isNew) {
                session.persist(row);
                outcome.created();
            } else {
                outcome.updated();
            }
            rows.put(record, row);
        }
        return rows;
    }

    /** Null for blank text, otherwise trimmed and cut to the column's length. */
    public static String text(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() <= maxLength ? trimmed : trimmed.substring(0, maxLength);
    }

    /**
     * Parses every record before anything is written, so that one bad record becomes a per-record error instead of
     * a half-updated entity or a failed page.
     */
    public static <T, R> List<R> parseEach(List<T> records, Function<T, String> label, Function<T, R> parse,
                                           PageOutcome outcome) {
        return records.stream().<R>mapMulti((record, sink) -> {
            try {
                sink.accept(parse.apply(record));
            } catch (RuntimeException e) {
                outcome.error(label.apply(record), e.getMessage());
            }
        }).toList();
    }
}
