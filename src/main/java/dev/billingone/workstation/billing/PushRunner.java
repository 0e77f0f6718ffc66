package dev.billingone.workstation.billing;

import dev.billingone.workstation.core.ExternalSystem;
import dev.billingone.workstation.core.RemoteSystemException;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.sync.Outbox;
import dev.billingone.workstation.sync.OutboxEntry;
import dev.billingone.workstation.sync.OutboxState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Delivers queued invoices and credit notes to Xero, one batch of up to 50 at a time.
 *
 * <p>Exactly once across crashes: a batch is claimed (its entries set to SENDING) and committed before it is
 * sent, and its outcome — the entries SENT and the documents PUSHED with their Xero id and number — is committed
 * together after. Only one batch is ever in flight, so after a crash the SENDING entries are exactly the batch
 * that may have reached Xero; it is sent again first, under the same {@code Idempotency-Key} (derived from the
 * entries' own keys), and Xero answers it without creating anything twice.
 */
public final class PushRunner {
    private static final List<String> OPERATIONS = List.of(PushQueue.INVOICE, PushQueue.CREDIT_NOTE);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final Store store;
    private final XeroBatchClient xero;

    public PushRunner(Store store, XeroBatchClient xero) {
        this.store = store;
        this.xero = xero;
    }

    /** What a push did; {@code failed} are refusals by Xero (shown on the document), {@code queued} is what is left. */
    public record PushResult(int pushed, int failed, int calls, long queued, String problem) {
    }

    public PushResult push(BooleanSupplier cancelled) {
        int pushed = 0;
        int failed = 0;
        int callsBefore = xero.calls();
        String problem = null;
        for (String operation : OPERATIONS) {
            while (!cancelled.getAsBoolean()) {
                List<OutboxEntry> batch = store.inTransaction(session -> claim(session, operation));
                if (batch.isEmpty()) {
                    break;
                }
                List<XeroBatchClient.Answer> answers;
                try {
                    answers = xero.send(PushQueue.INVOICE.equals(operation) ? "Invoices" : "CreditNotes",
                            requestKey(batch), batch.stream().map(OutboxEntry::getPayload).toList());
                } catch (RemoteSystemException e) {
                    postpone(batch, e.getMessage());
                    problem = e.getMessage();
                    break;
                }
                int[] counts = store.inTransaction(session -> settle(session, batch, answers));
                pushed += counts[0];
                failed += counts[1];
            }
        }
        long queued = store.read(Outbox::queuedCount);
        return new PushResult(pushed, failed, xero.calls() - callsBefore, queued, problem);
    }

    /** The batch in flight (SENDING, after a crash) or a new one of the oldest due entries, claimed and committed. */
    private static List<OutboxEntry> claim(org.hibernate.Session session, String operation) {
        List<OutboxEntry> inFlight = session.createSelectionQuery("from OutboxEntry where system = :xero and operation = :op "
                        + "and state = :sending order by id", OutboxEntry.class)
                .setParameter("xero", ExternalSystem.XERO)
                .setParameter("op", operation)
                .setParameter("sending", OutboxState.SENDING)
                .getResultList();
        if (!inFlight.isEmpty()) {
            return inFlight;
        }
        List<OutboxEntry> due = session.createSelectionQuery("from OutboxEntry where system = :xero and operation = :op "
                        + "and state in (:due) and nextAttemptAt <= :now order by id", OutboxEntry.class)
                .setParameter("xero", ExternalSystem.XERO)
                .setParameter("op", operation)
                .setParameterList("due", List.of(OutboxState.PENDING, OutboxState.FAILED))
                .setParameter("now", Instant.now())
                .setMaxResults(XeroBatchClient.MAX_BATCH)
                .getResultList();
        for (OutboxEntry entry : due) {
            entry.setState(OutboxState.SENDING);
            entry.setAttempts(entry.getAttempts() + 1);
        }
        return due;
    }

    static String requestKey(List<OutboxEntry> batch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            batch.forEach(e -> sha.update((e.getIdempotencyKey() + "\n").getBytes(StandardCharsets.UTF_8)));
            return "push-" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] settle(org.hibernate.Session session, List<OutboxEntry> batch, List<XeroBatchClient.Answer> answers) {
        int pushed = 0;
        int failed = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEntry entry = session.find(OutboxEntry.class, batch.get(i).getId());
            XeroBatchClient.Answer answer = answers.get(i);
            if (answer.accepted()) {
                entry.setState(OutboxState.SENT);
                entry.setExternalId(answer.externalId());
                entry.setSentAt(Instant.now());
                entry.setLastError(null);
                delivered(session, entry, answer);
                pushed++;
            } else if (answer.externalId() == null && answer.error() != null && answer.error().startsWith("Xero did not answer")) {
                entry.setState(OutboxState.PENDING);
                entry.setLastError(answer.error());
            } else {
                // Refused for this document only (validation): it waits for someone to fix it; the batch went on.
                entry.setState(OutboxState.CONFLICT);
                entry.setLastError(answer.error());
                refused(session, entry, answer.error());
                failed++;
            }
        }
        return new int[] {pushed, failed};
    }

    private static void delivered(org.hibernate.Session session, OutboxEntry entry, XeroBatchClient.Answer answer) {
        if ("generated_invoice".equals(entry.getEntityType())) {
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, entry.getEntityId());
            invoice.setStatus(InvoiceStatus.PUSHED);
            invoice.setExternalId(answer.externalId());
            if (invoice.getInvoiceNumber() == null) {
                invoice.setInvoiceNumber(answer.number());
            }
            invoice.setPushedAt(Instant.now());
            invoice.setPushAttempts(invoice.getPushAttempts() + 1);
            invoice.setLastError(null);
            AuditLog.record(session, "generated_invoice", invoice.getId(), "pushed", Map.of("status", "APPROVED"),
                    Map.of("status", "PUSHED", "externalId", String.valueOf(answer.externalId()),
                            "number", String.valueOf(invoice.getInvoiceNumber())), null);
        } else if ("credit_note".equals(entry.getEntityType())) {
            CreditNote note = session.find(CreditNote.class, entry.getEntityId());
            note.setStatus(CreditNoteStatus.PUSHED);
            note.setExternalId(answer.externalId());
            if (note.getCreditNoteNumber() == null) {
                note.setCreditNoteNumber(answer.number());
            }
            note.setLastError(null);
            AuditLog.record(session, "credit_note", note.getId(), "pushed", Map.of("status", "APPROVED"),
                    Map.of("status", "PUSHED", "externalId", String.valueOf(answer.externalId())), null);
        }
    }

    private static void refused(org.hibernate.Session session, OutboxEntry entry, String error) {
        if ("generated_invoice".equals(entry.getEntityType())) {
            GeneratedInvoice invoice = session.find(GeneratedInvoice.class, entry.getEntityId());
            invoice.setLastError(error);
            invoice.setPushAttempts(invoice.getPushAttempts() + 1);
        } else if ("credit_note".equals(entry.getEntityType())) {
            session.find(CreditNote.class, entry.getEntityId()).setLastError(error);
        }
    }

    private void postpone(List<OutboxEntry> batch, String message) {
        store.write(session -> batch.forEach(e -> {
            OutboxEntry entry = session.find(OutboxEntry.class, e.getId());
            entry.setState(OutboxState.FAILED);
            entry.setLastError(message);
            entry.setNextAttemptAt(Instant.now().plus(RETRY_AFTER));
        }));
    }
}
