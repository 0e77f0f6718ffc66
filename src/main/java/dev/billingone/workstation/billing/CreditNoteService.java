package dev.billingone.workstation.billing;

import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.LineAmountTypes;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.organization.Organization;
import dev.billingone.workstation.store.AuditEvent;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.Versions;
import dev.billingone.workstation.sync.OutboxState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Full edit of credit notes: draft → approved (queued for push through the outbox) → pushed (by the push handler)
 * → allocated to invoices, or void. Lines are priced like invoice lines ({@link InvoiceMath}), in the tax mode of
 * the credited invoice or, standalone, of the client. Every change is audited under "credit_note".
 */
public final class CreditNoteService {
    static final String AUDIT_TYPE = "credit_note";
    private static final Set<CreditNoteStatus> ALLOCATABLE = EnumSet.of(CreditNoteStatus.APPROVED, CreditNoteStatus.PUSHED);
    private static final Set<InvoiceStatus> CREDITABLE = EnumSet.of(InvoiceStatus.APPROVED, InvoiceStatus.PUSHED,
            InvoiceStatus.PAID);

    private final Store store;

    public CreditNoteService(Store store) {
        this.store = store;
    }

    public List<CreditNoteSummary> list(CreditNoteStatus status, Long clientId) {
        return store.read(session -> {
            Map<Long, String> clients = session.createSelectionQuery("from Client", Client.class).getResultList().stream()
                    .collect(Collectors.toMap(Client::getId, Client::getName));
            Map<Long, GeneratedInvoice> invoices = session.createSelectionQuery(
                            "from GeneratedInvoice where id in (select invoiceId from CreditNote where invoiceId is not null)",
                            GeneratedInvoice.class).getResultList().stream()
                    .collect(Collectors.toMap(GeneratedInvoice::getId, Function.identity()));
            return session.createSelectionQuery("from CreditNote order by issueDate desc, id desc", CreditNote.class)
                    .getResultList().stream()
                    .filter(n -> status == null || n.getStatus() == status)
                    .filter(n -> clientId == null || clientId.equals(n.getClientId()))
                    .map(n -> new CreditNoteSummary(n.getId(), n.getVersion(), n.getCreditNoteNumber(), n.getClientId(),
                            clients.get(n.getClientId()),
                            n.getInvoiceId() == null ? "" : DraftInvoices.describe(invoices.get(n.getInvoiceId())),
                            n.getReason(), n.getStatus(), n.getIssueDate(), Money.of(n.getTotal(), n.getCurrency()),
                            remaining(n)))
                    .toList();
        });
    }

    public CreditNoteDetail get(long id) {
        return store.read(session -> {
            CreditNote note = require(session, id);
            return new CreditNoteDetail(note, session.find(Client.class, note.getClientId()).getName(),
                    lines(session, id), allocations(session, id));
        });
    }

    /** Invoices a credit note of this client may be raised against or allocated to (approved, pushed or paid). */
    public List<GeneratedInvoice> creditableInvoices(long clientId) {
        return store.read(session -> session.createSelectionQuery(
                        "from GeneratedInvoice where clientId = :client and status in (:statuses) order by period desc, id desc",
                        GeneratedInvoice.class)
                .setParameter("client", clientId)
                .setParameterList("statuses", CREDITABLE)
                .getResultList());
    }

    public long create(CreditNoteInput input) {
        return store.inTransaction(session -> {
            CreditNote note = new CreditNote();
            note.setStatus(CreditNoteStatus.DRAFT);
            note.setIdempotencyKey("cn-" + UUID.randomUUID());
            List<CreditNoteLine> lines = apply(session, note, input);
            session.persist(note);
            persistLines(session, note, lines);
            AuditLog.record(session, AUDIT_TYPE, note.getId(), "create", null, input, null);
            return note.getId();
        });
    }

    /**
     * A draft credit note for all that is not yet credited of a pushed or paid invoice, line by line at the invoice's
     * prices (so that together with earlier credits it nets the invoice to zero).
     */
    public CreditNote creditInFull(long invoiceId, CreditNoteReason reason) {
        return store.inTransaction(session -> CreditNotes.createAgainst(session, invoiceId, CreditScope.full(), reason, null));
    }

    /** Full edit, while the credit note is a draft; its lines are replaced by the input's. */
    public void update(long id, long expectedVersion, CreditNoteInput input) {
        store.write(session -> {
            CreditNote note = requireVersion(session, id, expectedVersion);
            requireStatus(note, EnumSet.of(CreditNoteStatus.DRAFT), "edited");
            List<CreditNoteLine> old = lines(session, id);
            CreditNoteInput before = new CreditNoteDetail(note, null, old, List.of()).toInput();
            List<CreditNoteLine> lines = apply(session, note, input);
            old.forEach(session::remove);
            session.flush();
            persistLines(session, note, lines);
            AuditLog.record(session, AUDIT_TYPE, id, "update", before, input, null);
        });
    }

    /**
     * Approves the credit note and queues its push to the organisation's accounting system; the push handler
     * marks it pushed once the remote system has it.
     */
    public void approve(long id, long expectedVersion) {
        store.write(session -> {
            CreditNote note = requireVersion(session, id, expectedVersion);
            requireStatus(note, EnumSet.of(CreditNoteStatus.DRAFT), "approved");
            if (note.getTotal().signum() <= 0) {
                throw new InvalidInputException("Credit note " + describe(note) + " totals "
                        + Money.of(note.getTotal(), note.getCurrency()) + ": only a positive credit can be approved.");
            }
            if (note.getTargetSystem() == null && note.getInvoiceId() == null) {
                note.setTargetSystem(billingSystem(session));
            }
            CreditNotes.approve(session, id);
        });
    }

    /** Applies {@code amount} of the credit to one of the client's invoices; fully used credit becomes allocated. */
    public void allocate(long id, long expectedVersion, long invoiceId, BigDecimal amount, LocalDate on) {
        store.write(session -> {
            CreditNote note = requireVersion(session, id, expectedVersion);
            requireStatus(note, ALLOCATABLE, "allocated");
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, invoiceId);
            checkAllocation(session, note, invoice, invoiceId, amount);
            CreditNoteAllocation allocation = new CreditNoteAllocation();
            allocation.setCreditNoteId(id);
            allocation.setInvoiceId(invoiceId);
            allocation.setAmount(Money.round(amount, Money.currency(note.getCurrency())));
            allocation.setAllocatedOn(on);
            allocation.setAllocatedBy(Actor.current());
            session.persist(allocation);
            note.setAllocatedAmount(note.getAllocatedAmount().add(allocation.getAmount()));
            if (note.getAllocatedAmount().compareTo(note.getTotal()) == 0) {
                note.setStatus(CreditNoteStatus.ALLOCATED);
            }
            AuditLog.record(session, AUDIT_TYPE, id, "allocate", null,
                    Map.of("invoice", invoiceId, "amount", allocation.getAmount(), "on", on), null);
        });
    }

    private static void checkAllocation(Session session, CreditNote note, GeneratedInvoice invoice, long invoiceId,
                                        BigDecimal amount) {
        if (invoice == null || !invoice.getClientId().equals(note.getClientId())) {
            throw new InvalidInputException("Invoice " + invoiceId + " is not an invoice of this credit note's client.");
        }
        if (!CREDITABLE.contains(invoice.getStatus())) {
            throw new ConflictException("Invoice " + DraftInvoices.describe(invoice) + " is "
                    + invoice.getStatus().name().toLowerCase(Locale.ROOT) + ": credit goes only to approved, pushed or paid invoices.");
        }
        if (!invoice.getCurrency().equals(note.getCurrency())) {
            throw new InvalidInputException("Invoice " + DraftInvoices.describe(invoice) + " is in " + invoice.getCurrency()
                    + ", the credit note in " + note.getCurrency() + ".");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("Allocation amount must be more than 0.");
        }
        Money remaining = remaining(note);
        if (amount.compareTo(remaining.amount()) > 0) {
            throw new InvalidInputException("Only " + remaining + " of credit note " + describe(note) + " is left to allocate.");
        }
        BigDecimal alreadyCredited = session.createSelectionQuery(
                        "select coalesce(sum(amount), 0) from CreditNoteAllocation where invoiceId = :invoice", BigDecimal.class)
                .setParameter("invoice", invoiceId)
                .getSingleResult();
        BigDecimal open = invoice.getTotal().subtract(alreadyCredited);
        if (amount.compareTo(open) > 0) {
            throw new InvalidInputException("Invoice " + DraftInvoices.describe(invoice) + " has only "
                    + Money.of(open, invoice.getCurrency()) + " left to credit.");
        }
    }

    /** Takes an allocation back (e.g. applied to the wrong invoice); the credit becomes available again. */
    public void removeAllocation(long allocationId) {
        store.write(session -> {
            CreditNoteAllocation allocation = session.find(CreditNoteAllocation.class, allocationId);
            if (allocation == null) {
                throw new InvalidInputException("Allocation " + allocationId + " does not exist: reload the credit note.");
            }
            CreditNote note = require(session, allocation.getCreditNoteId());
            note.setAllocatedAmount(note.getAllocatedAmount().subtract(allocation.getAmount()));
            if (note.getStatus() == CreditNoteStatus.ALLOCATED) {
                note.setStatus(note.getExternalId() == null ? CreditNoteStatus.APPROVED : CreditNoteStatus.PUSHED);
            }
            session.remove(allocation);
            AuditLog.record(session, AUDIT_TYPE, note.getId(), "unallocate",
                    Map.of("invoice", allocation.getInvoiceId(), "amount", allocation.getAmount()), null, null);
        });
    }

    /**
     * Voids a draft, or an approved credit note whose push has not gone out yet (the queued push is cancelled).
     * Once the accounting system has it, it must be voided there.
     */
    public void voidNote(long id, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("Voiding a credit note needs a reason (it is kept in its history).");
        }
        store.write(session -> {
            CreditNote note = requireVersion(session, id, expectedVersion);
            requireStatus(note, EnumSet.of(CreditNoteStatus.DRAFT, CreditNoteStatus.APPROVED), "voided here (void it in "
                    + (note.getTargetSystem() == null ? "the accounting system" : note.getTargetSystem().displayName()) + ")");
            if (note.getAllocatedAmount().signum() > 0) {
                throw new ConflictException("Credit note " + describe(note) + " is allocated to invoices: remove its allocations first.");
            }
            if (note.getStatus() == CreditNoteStatus.APPROVED) {
                cancelQueuedPush(session, note);
            }
            CreditNoteStatus before = note.getStatus();
            note.setStatus(CreditNoteStatus.VOID);
            AuditLog.record(session, AUDIT_TYPE, id, "void", before, CreditNoteStatus.VOID, reason);
        });
    }

    private static void cancelQueuedPush(Session session, CreditNote note) {
        long inFlight = session.createSelectionQuery("select count(*) from OutboxEntry where entityType = :type "
                        + "and entityId = :id and state in (:busy)", Long.class)
                .setParameter("type", AUDIT_TYPE)
                .setParameter("id", note.getId())
                .setParameterList("busy", List.of(OutboxState.SENDING, OutboxState.SENT))
                .getSingleResult();
        if (inFlight > 0) {
            throw new ConflictException("Credit note " + describe(note) + " is being pushed or already pushed: "
                    + "wait for the push to finish, then void it in the accounting system.");
        }
        session.createMutationQuery("update OutboxEntry set state = :cancelled where entityType = :type and entityId = :id "
                        + "and state in (:waiting)")
                .setParameter("cancelled", OutboxState.CANCELLED)
                .setParameter("type", AUDIT_TYPE)
                .setParameter("id", note.getId())
                .setParameterList("waiting", List.of(OutboxState.PENDING, OutboxState.FAILED))
                .executeUpdate();
    }

    public List<AuditEvent> history(long id) {
        return store.read(session -> AuditLog.history(session, AUDIT_TYPE, id));
    }

    /** Validates the input, sets the note's header and totals, and returns its priced (unsaved) lines. */
    private static List<CreditNoteLine> apply(Session session, CreditNote note, CreditNoteInput input) {
        CreditNoteValidation.check(session, input);
        Client client = session.find(Client.class, input.clientId());
        GeneratedInvoice invoice = input.invoiceId() == null ? null : session.find(GeneratedInvoice.class, input.invoiceId());
        LineAmountTypes types = invoice != null ? invoice.getLineAmountTypes() : client.getTaxTreatment();
        String currencyCode = invoice != null ? invoice.getCurrency() : client.getCurrency();
        Currency currency = Money.currency(currencyCode);
        List<CreditNoteLine> lines = new ArrayList<>();
        BigDecimal amounts = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (CreditNoteInput.Line in : input.lines()) {
            CreditNoteLine line = new CreditNoteLine();
            line.setLineNo(lines.size() + 1);
            line.setProductId(in.productId());
            line.setDescription(in.description().trim());
            line.setQuantity(in.quantity());
            line.setUnitPrice(in.unitPrice());
            line.setTaxType(in.taxType() != null && !in.taxType().isBlank() ? in.taxType().trim() : client.getDefaultTaxType());
            line.setLineAmount(InvoiceMath.lineAmount(in.quantity(), in.unitPrice(), BigDecimal.ZERO, currency));
            line.setTaxAmount(InvoiceMath.lineTax(line.getLineAmount(), line.getTaxType(), types, currency));
            amounts = amounts.add(line.getLineAmount());
            tax = tax.add(line.getTaxAmount());
            lines.add(line);
        }
        InvoiceMath.Totals totals = InvoiceMath.totals(amounts, tax, types);
        note.setClientId(input.clientId());
        note.setInvoiceId(input.invoiceId());
        note.setCreditNoteNumber(input.creditNoteNumber() == null || input.creditNoteNumber().isBlank() ? null
                : input.creditNoteNumber().trim());
        note.setReason(input.reason());
        note.setReasonText(input.reasonText());
        note.setIssueDate(input.issueDate());
        note.setCurrency(currencyCode);
        note.setSubtotal(totals.subtotal());
        note.setTotalTax(totals.tax());
        note.setTotal(totals.total());
        if (invoice != null) {
            CreditNoteValidation.checkNotOverCredited(session, note, invoice);
        }
        return lines;
    }

    private static void persistLines(Session session, CreditNote note, List<CreditNoteLine> lines) {
        for (CreditNoteLine line : lines) {
            line.setCreditNoteId(note.getId());
            session.persist(line);
        }
    }

    private static ExternalSystem billingSystem(Session session) {
        return session.createSelectionQuery("from Organization order by id", Organization.class).setMaxResults(1)
                .getResultList().stream().findFirst().map(Organization::getBillingSystem).orElse(ExternalSystem.XERO);
    }

    static Money remaining(CreditNote note) {
        return Money.of(note.getTotal().subtract(note.getAllocatedAmount()), note.getCurrency());
    }

    static String describe(CreditNote note) {
        return note.getCreditNoteNumber() != null ? note.getCreditNoteNumber() : "#" + note.getId();
    }

    private static List<CreditNoteLine> lines(Session session, long id) {
        return session.createSelectionQuery("from CreditNoteLine where creditNoteId = :id order by lineNo", CreditNoteLine.class)
                .setParameter("id", id)
                .getResultList();
    }

    private static List<CreditNoteAllocation> allocations(Session session, long id) {
        return session.createSelectionQuery("from CreditNoteAllocation where creditNoteId = :id order by id",
                        CreditNoteAllocation.class)
                .setParameter("id", id)
                .getResultList();
    }

    private static CreditNote require(Session session, long id) {
        CreditNote note = session.find(CreditNote.class, id);
        if (note == null) {
            throw new InvalidInputException("Credit note " + id + " does not exist: reload the list.");
        }
        return note;
    }

    private static CreditNote requireVersion(Session session, long id, long expectedVersion) {
        CreditNote note = require(session, id);
        Versions.require(note, expectedVersion, "Credit note " + describe(note));
        return note;
    }

    private static void requireStatus(CreditNote note, Set<CreditNoteStatus> allowed, String verb) {
        if (!allowed.contains(note.getStatus())) {
            throw new ConflictException("Credit note " + describe(note) + " is "
                    + note.getStatus().name().toLowerCase(Locale.ROOT) + " and cannot be " + verb + ".");
        }
    }
}
