package dev.billingone.workstation.imports;

import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.hibernate.Session;

/**
 * Imports a CSV file of one kind: streams it in chunks, upserts by natural key, and reports per row. A dry run
 * and an apply are the same code; an apply runs in one transaction and is rolled back whole if any row has an
 * error, unless the user chose "valid rows only". Every apply is written to the import log.
 */
public final class ImportService {
    static final int CHUNK = 500;
    private final Store store;
    private final Presets presets;

    public ImportService(Store store) {
        this.store = store;
        this.presets = new Presets(store);
    }

    public Presets presets() {
        return presets;
    }

    public ImportResult run(ImportRequest request, ImportProgress progress) {
        KindImporter<?> importer = Importers.of(request.kind());
        ImportContext context = new ImportContext(request.options(), request.currency() != null ? request.currency() : organisationCurrency());
        try (CsvFile file = CsvFile.open(request.file(), request.options())) {
            Preset preset = choosePreset(request, file);
            context.system(preset.system());
            ImportResult result = new ImportResult(request.kind(), file.fileName(), preset, request.dryRun());
            try {
                store.inTransaction(session -> {
                    process(session, importer, context, file, preset, result, request.dryRun(), progress);
                    result.sha256(file.sha256());
                    boolean commit = !request.dryRun() && (!result.hasErrors() || request.validRowsOnly());
                    if (!commit) {
                        throw new RollBack();
                    }
                    logAndAudit(session, result);
                    result.applied(true);
                    return null;
                });
            } catch (RollBack expected) {
                if (!request.dryRun()) {
                    store.write(session -> session.persist(new ImportLog(Instant.now(), Actor.current(), result, false)));
                }
            }
            return result;
        }
    }

    /**
     * The header and the first {@code limit} rows read through the request's mapping (or preset, or the detected
     * one): no database work, so the wizard can redo it on every change of a column choice.
     */
    public ImportPreview preview(ImportRequest request, int limit) {
        KindImporter<?> importer = Importers.of(request.kind());
        List<? extends ImportField<?>> fields = importer.fields(new ImportContext(request.options(), null));
        try (CsvFile file = CsvFile.open(request.file(), request.options())) {
            boolean guess = request.presetId() == null && request.mapping().isEmpty();
            Preset preset = guess ? presets.detectOrNull(request.kind(), file.header()) : choosePreset(request, file);
            ColumnMapping mapping = new ColumnMapping(preset == null ? Preset.NONE : preset, fields, file.header());
            List<ImportError> problems = new ArrayList<>();
            for (String required : importer.requiredColumns()) {
                if (!mapping.maps(required)) {
                    problems.add(new ImportError(1, null, null, "no column is mapped to '" + required
                            + "', which every " + importer.kind().cliName() + " row needs"));
                }
            }
            List<ImportPreview.Row> rows = new ArrayList<>();
            for (CsvRecord record = file.next(); record != null && rows.size() < limit; record = file.next()) {
                if (!record.isBlank()) {
                    ParsedRow parsed = mapping.parse(record, request.options());
                    Map<String, String> values = new LinkedHashMap<>();
                    parsed.values().keySet().forEach(field -> values.put(field, parsed.raw(field)));
                    rows.add(new ImportPreview.Row(parsed.row(), values, List.copyOf(parsed.errors())));
                }
            }
            List<ImportPreview.Field> described = fields.stream().map(field -> new ImportPreview.Field(field.name(), field.header(),
                    importer.requiredColumns().contains(field.name()))).toList();
            return new ImportPreview(file.header(), preset, described, mapping.headersByField(), rows, problems);
        }
    }

    /** Thrown inside the transaction to discard everything a dry run or a refused apply did. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    private Preset choosePreset(ImportRequest request, CsvFile file) {
        Preset preset = request.presetId() == null ? null : presets.find(request.kind(), request.presetId());
        if (!request.mapping().isEmpty()) {
            Map<String, String> mapping = new LinkedHashMap<>();
            if (preset != null) {
                preset.columns().forEach((field, headers) -> mapping.put(field, headers.get(0)));
            }
            mapping.putAll(request.mapping());
            ExternalSystem system = preset == null ? null : preset.system();
            return presets.custom(request.kind(), request.presetId() == null ? "custom" : request.presetId(), mapping, system);
        }
        return preset != null ? preset : presets.detect(request.kind(), file.header(), file.fileName());
    }

    private static <E> void process(Session session, KindImporter<E> importer, ImportContext context, CsvFile file, Preset preset,
                                    ImportResult result, boolean dryRun, ImportProgress progress) {
        List<ImportField<E>> fields = importer.fields(context);
        ColumnMapping mapping = new ColumnMapping(preset, fields, file.header());
        for (String required : importer.requiredColumns()) {
            if (!mapping.maps(required)) {
                List<String> headers = preset.columns().getOrDefault(required, List.of(required));
                result.error(new ImportError(1, headers.get(0), null, "this column is required for " + importer.kind().cliName()
                        + " and is missing from the header row (" + String.join(", ", file.header()) + ")"));
                return;
            }
        }
        FirstRows firstRowOfKey = new FirstRows();
        List<ParsedRow> chunk = new ArrayList<>(CHUNK);
        int read = 0;
        for (CsvRecord record = file.next(); record != null; record = file.next()) {
            if (record.isBlank()) {
                continue;
            }
            chunk.add(mapping.parse(record, context.options()));
            if (chunk.size() == CHUNK) {
                read += chunk.size();
                processChunk(session, importer, context, fields, chunk, firstRowOfKey, result, dryRun);
                chunk.clear();
                progress.rowsRead(read, file.fractionRead());
                if (progress.cancelled()) {
                    throw new CancellationException("Import cancelled; nothing was written.");
                }
            }
        }
        processChunk(session, importer, context, fields, chunk, firstRowOfKey, result, dryRun);
        progress.rowsRead(read + chunk.size(), 1.0);
    }

    private static <E> void processChunk(Session session, KindImporter<E> importer, ImportContext context, List<ImportField<E>> fields,
                                         List<ParsedRow> chunk, FirstRows firstRowOfKey, ImportResult result, boolean dryRun) {
        Map<ParsedRow, String> keys = new LinkedHashMap<>();
        for (ParsedRow row : chunk) {
            String key = row.valid() ? importer.key(session, row, context) : null;
            if (key == null) {
                continue;
            }
            int first = firstRowOfKey.putIfAbsent(key, row.row());
            if (first != 0) {
                row.problem(null, key, "appears twice in the file, on rows " + first + " and " + row.row()
                        + "; keep one of the two rows");
            } else {
                keys.put(row, key);
            }
        }
        Map<String, E> existing = keys.isEmpty() ? Map.of()
                : importer.existing(session, context, List.copyOf(keys.keySet()));
        for (ParsedRow row : chunk) {
            String key = keys.get(row);
            if (key == null || !row.valid()) {
                result.add(new RowOutcome(row.row(), RowOutcome.Action.ERROR, key, List.of(), List.copyOf(row.errors())));
                continue;
            }
            E entity = existing.get(key);
            // Past the listed rows only counts are kept, so the before → after text is not worth building.
            boolean detail = result.listsMoreRows();
            RowOutcome outcome = entity == null
                    ? create(session, importer, context, fields, row, key, dryRun, detail)
                    : update(session, importer, context, fields, row, key, entity, dryRun, detail);
            result.add(outcome);
        }
        if (!dryRun) {
            session.flush();
        }
        session.clear();
    }

    private static <E> RowOutcome create(Session session, KindImporter<E> importer, ImportContext context, List<ImportField<E>> fields,
                                         ParsedRow row, String key, boolean dryRun, boolean detail) {
        E entity = importer.create(session, context, row, !dryRun);
        List<RowOutcome.FieldChange> changes = new ArrayList<>();
        for (ImportField<E> field : fields) {
            if (field.requiredOnCreate() && row.value(field.name()) == null && !(field.settable() && field.get(entity) != null)) {
                row.problem(row.has(field.name()) ? row.header(field.name()) : field.header(), row.has(field.name()) ? "" : null,
                        "is required for a new " + importer.kind().cliName() + " record");
            }
            if (row.has(field.name()) && field.settable()) {
                field.set(entity, row.value(field.name()));
                if (detail) {
                    changes.add(new RowOutcome.FieldChange(row.header(field.name()), "", field.type().format(row.value(field.name()))));
                }
            }
        }
        if (row.valid()) {
            if (!dryRun) {
                session.persist(entity);
            }
            importer.after(session, context, entity, row, !dryRun);
        }
        if (!row.valid()) {
            return new RowOutcome(row.row(), RowOutcome.Action.ERROR, key, List.of(), List.copyOf(row.errors()));
        }
        return new RowOutcome(row.row(), RowOutcome.Action.CREATED, key, changes, List.of());
    }

    private static <E> RowOutcome update(Session session, KindImporter<E> importer, ImportContext context, List<ImportField<E>> fields,
                                         ParsedRow row, String key, E entity, boolean dryRun, boolean detail) {
        List<RowOutcome.FieldChange> changes = new ArrayList<>();
        boolean changed = false;
        for (ImportField<E> field : fields) {
            if (!row.has(field.name()) || !field.settable()) {
                continue;
            }
            Object before = field.get(entity);
            Object after = row.value(field.name());
            if (!field.type().same(before, after)) {
                changed = true;
                if (detail) {
                    changes.add(new RowOutcome.FieldChange(row.header(field.name()), field.type().format(before), field.type().format(after)));
                }
                if (!dryRun) {
                    field.set(entity, after);
                }
            }
        }
        importer.after(session, context, entity, row, !dryRun);
        if (!row.valid()) {
            return new RowOutcome(row.row(), RowOutcome.Action.ERROR, key, List.of(), List.copyOf(row.errors()));
        }
        return new RowOutcome(row.row(), !changed ? RowOutcome.Action.UNCHANGED : RowOutcome.Action.UPDATED, key, changes, List.of());
    }

    private static void logAndAudit(Session session, ImportResult result) {
        ImportLog log = new ImportLog(Instant.now(), Actor.current(), result, true);
        session.persist(log);
        session.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", result.fileName());
        after.put("sha256", result.sha256());
        after.put("preset", result.preset().id());
        after.put("created", result.created());
        after.put("updated", result.updated());
        after.put("skippedRows", result.errorRows());
        AuditLog.record(session, "import", log.getId(), "import-" + result.kind().cliName(), null, after, null);
    }

    private String organisationCurrency() {
        return store.read(session -> session.createSelectionQuery("select baseCurrency from Organization order by id", String.class)
                .setMaxResults(1).uniqueResultOptional().orElse(null));
    }

    /** The import log, newest first. */
    public List<ImportLog> history(int limit) {
        return store.read(session -> session.createSelectionQuery("from ImportLog order by importedAt desc, id desc", ImportLog.class)
                .setMaxResults(limit).getResultList());
    }
}
