package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.Period;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;

/** The rows of the Generated invoices screen: one period, optionally one status, with client names. */
public final class InvoiceList {
    private InvoiceList() {
    }

    public record Row(long id, long clientId, String clientName, InvoiceKind kind, InvoiceStatus status, String number,
                      String currency, BigDecimal total, long lines, String lastError) {
    }

    public static List<Row> of(Session session, Period period, InvoiceStatus status) {
        return session.createSelectionQuery("select i.id, i.clientId, c.name, i.kind, i.status, i.invoiceNumber, i.currency, "
                        + "i.total, (select count(*) from GeneratedInvoiceLine l where l.invoiceId = i.id), i.lastError "
                        + "from GeneratedInvoice i, Client c where c.id = i.clientId and i.period = :p"
                        + (status == null ? "" : " and i.status = :s") + " order by c.name, i.kind desc, i.sequenceNo",
                        Object[].class)
                .setParameter("p", period.toString())
                .setProperties(status == null ? java.util.Map.of() : java.util.Map.of("s", status))
                .getResultList().stream()
                .map(r -> new Row((Long) r[0], (Long) r[1], (String) r[2], (InvoiceKind) r[3], (InvoiceStatus) r[4],
                        (String) r[5], (String) r[6], (BigDecimal) r[7], (Long) r[8], (String) r[9]))
                .toList();
    }
}
