package dev.billingone.workstation.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.UsageException;
import dev.billingone.workstation.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every preset for a kind: our own export format, the built-in ones for Xero/QBO/Pax8 exports, and mappings
 * users saved. Detects which one a file's header row matches.
 */
public final class Presets {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;

    public Presets(Store store) {
        this.store = store;
    }

    public List<Preset> forKind(ImportKind kind) {
        KindImporter<?> importer = Importers.of(kind);
        List<Preset> all = new ArrayList<>();
        all.add(importer.ownPreset(new ImportContext(CsvOptions.DETECT, null)));
        all.addAll(importer.presets());
        all.addAll(saved(kind));
        return all;
    }

    public Preset find(ImportKind kind, String id) {
        return forKind(kind).stream().filter(p -> p.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new UsageException("No " + kind.cliName() + " preset '" + id + "': use one of "
                        + forKind(kind).stream().map(Preset::id).collect(Collectors.joining(", ")) + "."));
    }

    /** The preset that recognises most of the header (all of its required columns present), or null. */
    public Preset detectOrNull(ImportKind kind, List<String> header) {
        Set<String> required = Importers.of(kind).requiredColumns();
        return forKind(kind).stream()
                .filter(p -> p.score(header, required) > 0)
                .max(Comparator.comparingInt((Preset p) -> p.score(header, required))
                        .thenComparingInt(p -> -p.columns().size()))
                .orElse(null);
    }

    /** As {@link #detectOrNull}, refusing a header no preset matches with what each one would need. */
    public Preset detect(ImportKind kind, List<String> header, String fileName) {
        Set<String> required = Importers.of(kind).requiredColumns();
        List<Preset> candidates = forKind(kind);
        return java.util.Optional.ofNullable(detectOrNull(kind, header))
                .orElseThrow(() -> new InvalidInputException(fileName + ": the header row (" + String.join(", ", header)
                        + ") matches no " + kind.cliName() + " preset. " + candidates.stream()
                        .map(p -> p.title() + " needs " + String.join(", ", p.missing(header, required)))
                        .collect(Collectors.joining("; "))
                        + ". Map the columns yourself (--map field=Header) or rename the headers."));
    }

    /** A preset from a hand-made mapping (field → header), checked against the kind's fields. */
    public Preset custom(ImportKind kind, String id, Map<String, String> mapping, ExternalSystem system) {
        Set<String> known = Importers.of(kind).fields(new ImportContext(CsvOptions.DETECT, null)).stream()
                .map(ImportField::name).collect(Collectors.toSet());
        Map<String, List<String>> columns = new LinkedHashMap<>();
        mapping.forEach((field, header) -> {
            if (!known.contains(field)) {
                throw new UsageException("Unknown " + kind.cliName() + " field '" + field + "': use one of "
                        + String.join(", ", known) + ".");
            }
            columns.put(field, List.of(header));
        });
        return new Preset(id, "Mapping " + id, kind, columns, system, false);
    }

    public void save(Preset preset) {
        Map<String, String> mapping = new LinkedHashMap<>();
        preset.columns().forEach((field, headers) -> mapping.put(field, headers.get(0)));
        String json;
        try {
            json = JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        store.write(session -> {
            SavedPreset saved = session.createSelectionQuery("from SavedPreset where kind = :kind and name = :name", SavedPreset.class)
                    .setParameter("kind", preset.kind()).setParameter("name", preset.id())
                    .uniqueResultOptional().orElseGet(SavedPreset::new);
            saved.setName(preset.id());
            saved.setKind(preset.kind());
            saved.setExternalSystem(preset.system());
            saved.setMappingJson(json);
            session.merge(saved);
        });
    }

    private List<Preset> saved(ImportKind kind) {
        List<SavedPreset> rows = store.read(session -> session
                .createSelectionQuery("from SavedPreset where kind = :kind order by name", SavedPreset.class)
                .setParameter("kind", kind).getResultList());
        List<Preset> presets = new ArrayList<>();
        for (SavedPreset row : rows) {
            try {
                Map<String, String> mapping = JSON.readValue(row.getMappingJson(), new TypeReference<LinkedHashMap<String, String>>() {
                });
                Map<String, List<String>> columns = new LinkedHashMap<>();
                mapping.forEach((field, header) -> columns.put(field, List.of(header)));
                presets.add(new Preset(row.getName(), "Saved mapping " + row.getName(), kind, columns, row.getExternalSystem(), false));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Saved preset " + row.getName() + " is unreadable", e);
            }
        }
        return presets;
    }
}
