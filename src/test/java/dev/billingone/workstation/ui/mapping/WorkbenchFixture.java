package dev.billingone.workstation.ui.mapping;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.mapping.MappingService;
import dev.billingone.workstation.mapping.MappingTestData;
import dev.billingone.workstation.store.Store;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A real H2 store with a few clients and external records, and a runner that does the work right away. */
final class WorkbenchFixture {
    static final MappingWorkbenchModel.Runner DIRECT = new MappingWorkbenchModel.Runner() {
        @Override
        public <T> void run(String label, Callable<T> work, Consumer<T> onSuccess) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                throw new IllegalStateException(label, e);
            }
        }
    };

    private WorkbenchFixture() {
    }

    static MappingService seeded(Store store) {
        MappingTestData.organization(store);
        for (String name : new String[] {"Harbour Dental", "Harbour Legal", "Summit Logistics"}) {
            MappingTestData.client(store, name, null, null);
        }
        MappingTestData.account(store, ExternalSystem.PAX8, "p-1", "HARBOUR DENTAL PTY LTD", null, null);
        MappingTestData.account(store, ExternalSystem.XERO, "x-1", "Summit Logistics Inc.", null, null);
        MappingTestData.account(store, ExternalSystem.XERO, "x-2", "Wattle Tree Childcare", null, null);
        return new MappingService(store);
    }

    static Long mappedClient(Store store, String externalId) {
        return MappingTestData.mappedClient(store, externalId);
    }
}
