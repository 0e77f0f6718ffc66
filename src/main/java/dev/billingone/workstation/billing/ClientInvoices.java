package dev.billingone.workstation.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** A client's generated invoices for one period with their lines, loaded for a whole chunk of clients at once. */
final class ClientInvoices {
    final List<GeneratedInvoice> invoices = new ArrayList<>();
    final Map<Long, List<GeneratedInvoiceLine>> lines = new HashMap<>();

    static Map<Long, ClientInvoices> load(Session session, String period, Collection<Long> clientIds, boolean regularOnly) {
        Map<Long, ClientInvoices> byClient = new HashMap<>();
        if (clientIds.isEmpty()) {
            return byClient;
        }
        List<GeneratedInvoice> invoices = session.createSelectionQuery("from GeneratedInvoice where period = :period "
                        + "and clientId in (:clients) order by kind, sequenceNo", GeneratedInvoice.class)
                .setParameter("period", period)
                .setParameterList("clients", clientIds)
                .getResultList()
                .stream()
                .filter(i -> !regularOnly || (i.getKind() == InvoiceKind.REGULAR && i.getStatus() != InvoiceStatus.VOID))
                .toList();
        Map<Long, ClientInvoices> byInvoice = new HashMap<>();
        for (GeneratedInvoice invoice : invoices) {
            ClientInvoices client = byClient.computeIfAbsent(invoice.getClientId(), k -> new ClientInvoices());
            client.invoices.add(invoice);
            client.lines.put(invoice.getId(), new ArrayList<>());
            byInvoice.put(invoice.getId(), client);
        }
        if (!invoices.isEmpty()) {
            session.createSelectionQuery("select l from GeneratedInvoiceLine l, GeneratedInvoice i where l.invoiceId = i.id "
                            + "and i.period = :period and i.clientId in (:clients) order by l.invoiceId, l.lineNo",
                            GeneratedInvoiceLine.class)
                    .setParameter("period", period)
                    .setParameterList("clients", clientIds)
                    .getResultList()
                    .forEach(line -> {
                        ClientInvoices client = byInvoice.get(line.getInvoiceId());
                        if (client != null) {
                            client.lines.get(line.getInvoiceId()).add(line);
                        }
                    });
        }
        return byClient;
    }

    GeneratedInvoice regular() {
        return invoices.stream().filter(i -> i.getKind() == InvoiceKind.REGULAR).findFirst().orElse(null);
    }

    GeneratedInvoice adjustmentDraft() {
        return invoices.stream().filter(i -> i.getKind() == InvoiceKind.ADJUSTMENT && i.getStatus() == InvoiceStatus.DRAFT)
                .findFirst().orElse(null);
    }

    List<GeneratedInvoiceLine> linesOf(GeneratedInvoice invoice) {
        return invoice == null ? List.of() : lines.getOrDefault(invoice.getId(), List.of());
    }
}
