package dev.billingone.workstation.imports;

import dev.billingone.workstation.store.Store;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Exports every record of a kind in a preset's columns, so that importing the file again changes nothing. */
public final class ExportService {
    private final Store store;
    private final Presets presets;

    public ExportService(Store store) {
        this.store = store;
        this.presets = new Presets(store);
    }

    /** Writes the file and returns the number of records; {@code presetId} null = our own format. */
    public int export(ImportKind kind, Path file, String presetId) {
        KindImporter<?> importer = Importers.of(kind);
        Preset preset = presetId == null ? presets.forKind(kind).get(0) : presets.find(kind, presetId);
        return exportWith(importer, preset, file);
    }

    private <E> int exportWith(KindImporter<E> importer, Preset preset, Path file) {
        ImportContext context = new ImportContext(CsvOptions.DETECT, null);
        List<ImportField<E>> fields = importer.fields(context).stream()
                .filter(field -> preset.columns().containsKey(field.name()))
                .toList();
        List<String> headers = fields.stream().map(field -> preset.exportHeader(field.name())).toList();
        return store.read(session -> {
            importer.prepareExport(session, context);
            return CsvExport.write(file, headers, writer -> {
                int count = 0;
                String[] cells = new String[fields.size()];
                try (Stream<E> rows = importer.all(session)) {
                    for (Iterator<E> it = rows.iterator(); it.hasNext(); ) {
                        E row = it.next();
                        for (int i = 0; i < cells.length; i++) {
                            ImportField<E> field = fields.get(i);
                            cells[i] = field.type().format(field.getter().apply(row));
                        }
                        writer.writeNext(cells, false);
                        if (++count % 1000 == 0) {
                            session.clear();
                        }
                    }
                }
                return count;
            });
        });
    }
}
