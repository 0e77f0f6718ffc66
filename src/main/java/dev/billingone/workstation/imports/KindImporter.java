package dev.billingone.workstation.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * What one kind of record needs from the generic pipeline: its fields, its built-in presets, its natural key,
 * how to find existing records for a chunk of rows, how to create one, and what to write beside it.
 */
public interface KindImporter<E> {
    ImportKind kind();

    /** Fields in export order; the "billingone" preset names each by {@link ImportField#header()}. */
    List<ImportField<E>> fields(ImportContext context);

    /** Presets for other systems' exports (the "billingone" one is derived from the fields). */
    List<Preset> presets();

    /** The natural key of a row (upsert and duplicate detection), or null after recording a problem. */
    String key(Session session, ParsedRow row, ImportContext context);

    /** The fields a file must have columns for. */
    Set<String> requiredColumns();

    /** Existing records for these rows' keys, by key (see {@link #byKey}). */
    Map<String, E> existing(Session session, ImportContext context, List<ParsedRow> rows);

    /**
     * A chunk's existing records by key. It takes a list on purpose: a Hibernate result stream left open keeps its
     * statement until the transaction ends, and a million-row import held 2,000 of them (~300 MB).
     */
    static <E> Map<String, E> byKey(List<E> records, Function<E, String> key) {
        return records.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    /**
     * A new record with the defaults for what the file does not say (and its parent records, when writing);
     * may record problems on the row.
     */
    E create(Session session, ImportContext context, ParsedRow row, boolean write);

    /** After a row is created or updated (and persisted when writing): linked records, checks. */
    default void after(Session session, ImportContext context, E entity, ParsedRow row, boolean write) {
    }

    /** Every record, for export, in a stable order. */
    Stream<E> all(Session session);

    /** Called once per export before {@link #all}, so linked fields can be resolved. */
    default void prepareExport(Session session, ImportContext context) {
    }

    default Preset ownPreset(ImportContext context) {
        Map<String, List<String>> columns = fields(context).stream().collect(Collectors.toMap(
                ImportField::name, field -> List.of(field.header()), (a, b) -> a, java.util.LinkedHashMap::new));
        return new Preset("billingone", "BillingOne export", kind(), columns, null, true);
    }
}
