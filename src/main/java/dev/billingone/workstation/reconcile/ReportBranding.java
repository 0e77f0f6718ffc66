package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.organization.Organization;
import java.time.ZonedDateTime;
import org.hibernate.Session;

/** The organisation's name, logo and page size as reports print them, and when the report was generated. */
public record ReportBranding(String organizationName, String logoPath, String pageSize, ZonedDateTime generatedAt) {

    public static ReportBranding load(Session session, ZonedDateTime generatedAt) {
        return session.createSelectionQuery("from Organization", Organization.class).setMaxResults(1).getResultList().stream()
                .findFirst()
                .map(o -> new ReportBranding(o.getName(), o.getBrandingLogoPath(), o.getReportPageSize(), generatedAt))
                .orElse(new ReportBranding("BillingOne", null, "A4", generatedAt));
    }

    public boolean letter() {
        return "LETTER".equalsIgnoreCase(pageSize);
    }
}
