package dev.billingone.workstation.sync.connectors;

import dev.billingone.workstation.catalog.TaxRate;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.sync.PageOutcome;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;

/** A Xero tax rate (by TaxType) or QBO tax code (by id), parsed; {@code ratePercent} 10 = 10%, null if unstated. */
public record RemoteTaxRate(String externalId, String name, BigDecimal ratePercent, String status) {
    private static final Snapshots.Kind<TaxRate> KIND = new Snapshots.Kind<>(TaxRate.class, TaxRate::new,
            TaxRate::setSystem, TaxRate::setExternalId, TaxRate::getExternalId);

    public static void upsert(Session session, ExternalSystem system, List<RemoteTaxRate> rates, PageOutcome outcome) {
        Snapshots.upsert(session, KIND, system, rates, RemoteTaxRate::externalId, (rate, row) -> {
            row.setName(Snapshots.text(rate.name(), 200));
            row.setRatePercent(rate.ratePercent());
            row.setStatus(Snapshots.text(rate.status(), 30));
        }, outcome);
    }
}
