package dev.billingone.workstation.imports;

import dev.billingone.workstation.reconcile.DeviceSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.Session;

/** Per-client device counts (from an RMM export or a spreadsheet), one snapshot per client, device class and date. */
final class DeviceImporter implements KindImporter<DeviceSnapshot> {
    @Override
    public ImportKind kind() {
        return ImportKind.DEVICES;
    }

    @Override
    public List<ImportField<DeviceSnapshot>> fields(ImportContext context) {
        return List.of(
                ImportField.linked("client", "Client", ValueType.TEXT, true, d -> ClientNames.nameOf(context, d.getClientId())),
                ImportField.required("deviceClass", "Device class", ValueType.TEXT, DeviceSnapshot::getDeviceClass,
                        (d, v) -> d.setDeviceClass((String) v)),
                ImportField.required("deviceCount", "Count", ValueType.INTEGER, DeviceSnapshot::getDeviceCount,
                        (d, v) -> d.setDeviceCount((Integer) v)),
                ImportField.required("asOf", "As of", ValueType.DATE, DeviceSnapshot::getAsOf, (d, v) -> d.setAsOf((LocalDate) v)),
                ImportField.of("source", "Source", ValueType.TEXT, DeviceSnapshot::getSource, (d, v) -> d.setSource(v == null ? "import" : (String) v)));
    }

    @Override
    public List<Preset> presets() {
        return List.of();
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("client", "deviceClass", "deviceCount", "asOf");
    }

    @Override
    public String key(Session session, ParsedRow row, ImportContext context) {
        Long clientId = ClientNames.resolve(session, context, row, "client");
        if (row.value("deviceClass") == null) {
            row.problem("deviceClass", "is empty: name the device class, e.g. workstation or server");
        }
        if (row.value("asOf") == null) {
            row.problem("asOf", "is empty: give the date the devices were counted, e.g. 2026-04-30");
        }
        if (clientId == null || !row.valid()) {
            return null;
        }
        row.resolved("clientId", clientId);
        return keyOf(clientId, row.text("deviceClass"), (LocalDate) row.value("asOf"));
    }

    private static String keyOf(Long clientId, String deviceClass, LocalDate asOf) {
        return clientId + "|" + deviceClass + "|" + asOf;
    }

    @Override
    public Map<String, DeviceSnapshot> existing(Session session, ImportContext context, List<ParsedRow> rows) {
        List<DeviceSnapshot> found = session.createSelectionQuery("from DeviceSnapshot where clientId in :clients and asOf in :dates", DeviceSnapshot.class)
                .setParameter("clients", rows.stream().map(r -> (Long) r.resolved("clientId")).distinct().toList())
                .setParameter("dates", rows.stream().map(r -> (LocalDate) r.value("asOf")).distinct().toList())
                .getResultList();
        return KindImporter.byKey(found, d -> keyOf(d.getClientId(), d.getDeviceClass(), d.getAsOf()));
    }

    @Override
    public DeviceSnapshot create(Session session, ImportContext context, ParsedRow row, boolean write) {
        DeviceSnapshot snapshot = new DeviceSnapshot();
        snapshot.setClientId(row.resolved("clientId"));
        snapshot.setSource("import");
        return snapshot;
    }

    @Override
    public void prepareExport(Session session, ImportContext context) {
        ClientNames.idsByName(session, context);
    }

    @Override
    public Stream<DeviceSnapshot> all(Session session) {
        return session.createSelectionQuery("from DeviceSnapshot order by clientId, asOf, deviceClass", DeviceSnapshot.class).getResultStream();
    }
}
