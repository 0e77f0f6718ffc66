package dev.billingone.workstation.imports;

import java.util.EnumMap;
import java.util.Map;

/** The importer of each kind. */
public final class Importers {
    private static final Map<ImportKind, KindImporter<?>> BY_KIND = new EnumMap<>(ImportKind.class);

    static {
        register(new CatalogImporter());
        register(new ClientImporter());
        register(new SubscriptionImporter());
        register(new DeviceImporter());
        register(new ContractImporter());
    }

    private Importers() {
    }

    private static void register(KindImporter<?> importer) {
        BY_KIND.put(importer.kind(), importer);
    }

    public static KindImporter<?> of(ImportKind kind) {
        return BY_KIND.get(kind);
    }
}
