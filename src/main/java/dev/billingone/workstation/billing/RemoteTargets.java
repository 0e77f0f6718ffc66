package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Who a document goes to in the billing system: the client's Xero contact or QBO customer, the tenant of the
 * connection, and for QBO the item each product is mapped to. Missing mappings are refused with what to map.
 */
final class RemoteTargets {
    private RemoteTargets() {
    }

    static String contactId(Session session, ExternalSystem system, long clientId) {
        List<String> ids = session.createSelectionQuery("select externalId from ExternalAccount where system = :s "
                        + "and clientId = :c order by id", String.class)
                .setParameter("s", system)
                .setParameter("c", clientId)
                .setMaxResults(1)
                .getResultList();
        if (ids.isEmpty()) {
            Client client = session.find(Client.class, clientId);
            throw new ConflictException((client == null ? "Client " + clientId : client.getName()) + " has no "
                    + system.displayName() + (system == ExternalSystem.QBO ? " customer" : " contact")
                    + ": map it in Mapping, then approve again.");
        }
        return ids.get(0);
    }

    static String tenant(Session session, ExternalSystem system) {
        return session.createSelectionQuery("select tenantId from IntegrationConnection where system = :s", String.class)
                .setParameter("s", system)
                .setMaxResults(1)
                .getResultList()
                .stream().findFirst().orElse(null);
    }

    /** For QBO, the QBO item id of each line's product (in line order); for other systems, the SKUs as they are. */
    static List<String> itemCodes(Session session, ExternalSystem system, List<Long> productIds, List<String> skus,
                                  List<String> descriptions) {
        if (system != ExternalSystem.QBO) {
            return skus;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < productIds.size(); i++) {
            Long productId = productIds.get(i);
            String item = productId == null ? null : session.createSelectionQuery("select externalId from VendorProduct "
                            + "where system = :qbo and productId = :p", String.class)
                    .setParameter("qbo", ExternalSystem.QBO)
                    .setParameter("p", productId)
                    .setMaxResults(1)
                    .getResultList().stream().findFirst().orElse(null);
            if (item == null) {
                throw new ConflictException("Line \"" + descriptions.get(i) + "\" has no QuickBooks item: map product "
                        + (skus.get(i) == null ? "(none)" : skus.get(i)) + " to a QuickBooks item in Catalog.");
            }
            items.add(item);
        }
        return items;
    }
}
