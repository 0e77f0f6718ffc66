package dev.billingone.workstation.ui.shell;

import dev.billingone.workstation.ui.catalog.CatalogView;
import dev.billingone.workstation.ui.clients.ClientsSection;
import dev.billingone.workstation.ui.contracts.ContractsSection;
import dev.billingone.workstation.ui.creditnotes.CreditNotesSection;
import dev.billingone.workstation.ui.procurement.ProcurementSection;
import dev.billingone.workstation.ui.dashboard.DashboardView;
import dev.billingone.workstation.ui.integrations.IntegrationsView;
import dev.billingone.workstation.ui.mapping.MappingWorkbenchView;
import dev.billingone.workstation.ui.sync.SyncView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which screen each section shows. Each feature registers its view on its own line, with a blank line
 * between, so features built in parallel merge without conflicts. Sections without a view show which
 * capability will fill them.
 */
final class SectionViews {
    private static final Map<Section, Function<ViewContext, SectionView>> VIEWS = new EnumMap<>(Section.class);

    static {
        VIEWS.put(Section.DASHBOARD, DashboardView::new);

        VIEWS.put(Section.CLIENTS, ClientsSection::new);

        VIEWS.put(Section.GENERATED_INVOICES, dev.billingone.workstation.ui.billing.GeneratedInvoicesView::new);

        VIEWS.put(Section.SETTINGS, IntegrationsView::new);

        VIEWS.put(Section.CONTRACTS, ContractsSection::new);

        VIEWS.put(Section.PROCUREMENT, ProcurementSection::new);

        VIEWS.put(Section.CREDIT_NOTES, CreditNotesSection::new);

        VIEWS.put(Section.CATALOG, CatalogView::new);

        VIEWS.put(Section.MAPPING, MappingWorkbenchView::new);

        VIEWS.put(Section.MISSED_BILLING, dev.billingone.workstation.ui.missed.MissedBillingView::new);

        VIEWS.put(Section.RECONCILIATION, dev.billingone.workstation.ui.reconcile.ReconciliationView::new);

        VIEWS.put(Section.SYNC, SyncView::new);
    }

    private SectionViews() {
    }

    static SectionView create(Section section, ViewContext context) {
        Function<ViewContext, SectionView> factory = VIEWS.get(section);
        return factory != null ? factory.apply(context)
                : new PlaceholderView(section, capability(section));
    }

    /** The issue that fills a section not built yet; every section is listed, so this never needs editing. */
    private static String capability(Section section) {
        return switch (section) {
            case DASHBOARD, CLIENTS -> "Foundation";
            case SUBSCRIPTIONS, INVOICES, SYNC -> "Sync engine with Pax8, Xero and QuickBooks Online connectors";
            case GENERATED_INVOICES -> "Month-end batch invoice generation, invoice lifecycle and push";
            case MISSED_BILLING, RECONCILIATION -> "Reconciliation, device snapshots and the missed billing queue";
            case CONTRACTS, CREDIT_NOTES, PROCUREMENT -> "Contracts and renewals, credit notes, procurement";
            case CATALOG -> "Catalog full edit and bulk CSV import/export";
            case MAPPING -> "Bulk client and product mapping workbench";
            case SETTINGS -> "Integrations: OAuth connect and the encrypted token vault";
        };
    }

    static boolean isBuilt(Section section) {
        return VIEWS.containsKey(section);
    }
}
