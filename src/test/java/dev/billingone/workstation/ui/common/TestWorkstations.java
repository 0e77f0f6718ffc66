package dev.billingone.workstation.ui.common;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.config.DataDir;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.DatabaseTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A workstation on a fresh H2 data dir with one organisation (AUD), for screen tests. */
public final class TestWorkstations {
    private TestWorkstations() {
    }

    public static Workstation withOrganisation(String dirPrefix) throws Exception {
        Path dir = Files.createTempDirectory(dirPrefix);
        DataDir dataDir = DataDir.open(dir);
        Workstation workstation = new Workstation(dataDir, dataDir.settings(Map.of()), DatabaseTarget.h2(dir));
        workstation.store().write(session -> {
            Organization organization = new Organization();
            organization.setName("Southern Cross IT");
            organization.setSlug("southern-cross");
            organization.setBaseCurrency("AUD");
            session.persist(organization);
        });
        return workstation;
    }
}
