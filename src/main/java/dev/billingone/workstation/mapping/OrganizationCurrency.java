package dev.billingone.workstation.mapping;

import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.organization.Organization;
import org.hibernate.Session;

/** The currency a new client or product gets: the organisation's base currency. */
final class OrganizationCurrency {
    private OrganizationCurrency() {
    }

    static String of(Session session) {
        return session.createSelectionQuery("from Organization order by id", Organization.class).setMaxResults(1)
                .getResultList().stream().findFirst().map(Organization::getBaseCurrency)
                .orElseThrow(() -> new InvalidInputException("No organisation is set up yet, so a new record has no "
                        + "currency: create the organisation (or run 'demo') first."));
    }
}
