package dev.billingone.workstation.reconcile;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.GeneratedInvoiceLine;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.billing.NewInvoiceLine;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.core.Actor;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The missed-billing queue: every under-billed or unbilled reconciliation row becomes an item, and the
 * accountant applies (bills it on the client's draft), snoozes or dismisses it — one item or a selection,
 * each selection in one transaction, each change audited with who, when and why.
 */
public final class MissedBilling {
    private static final String AUDIT_TYPE = "missed_billing_item";

    private final Store store;
    private final Clock clock;

    public MissedBilling(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a refresh changed; a rerun on unchanged data changes nothing. */
    public record RefreshResult(int created, int updated, int reopened, int resolved) {
    }

    /**
     * Brings the period's items in line with its reconciliation, idempotently: new shortfalls become OPEN items,
     * OPEN and SNOOZED items get the current expected and billed values, SNOOZED items whose date has come are
     * re-opened, OPEN items whose shortfall is gone are removed, and DISMISSED or APPLIED items are left alone
     * (a dismissal holds for that client, product and period).
     */
    public RefreshResult refresh(Reconciliation reconciliation) {
        return store.inTransaction(session -> refresh(session, reconciliation));
    }

    RefreshResult refresh(Session session, Reconciliation reconciliation) {
        String period = reconciliation.period().toString();
        Map<String, MissedBillingItem> existing = session.createSelectionQuery(
                        "from MissedBillingItem where period = :period", MissedBillingItem.class)
                .setParameter("period", period).getResultList().stream()
                .collect(Collectors.toMap(i -> i.getClientId() + "/" + i.getProductId(), i -> i));
        int created = 0;
        int updated = 0;
        int reopened = wakeDue(session);
        Set<String> stillMissed = new java.util.HashSet<>();
        for (ReconciliationRow row : reconciliation.rows()) {
            if (!row.isMapped() || !row.status().isMissedBilling()) {
                continue;
            }
            String key = row.clientId() + "/" + row.productId();
            stillMissed.add(key);
            MissedBillingItem item = existing.get(key);
            if (item == null) {
                item = new MissedBillingItem();
                item.setClientId(row.clientId());
                item.setProductId(row.productId());
                item.setPeriod(period);
                item.setStatus(MissedBillingStatus.OPEN);
                copyValues(row, item, period);
                session.persist(item);
                AuditLog.record(session, AUDIT_TYPE, item.getId(), "create", null, snapshot(item), null);
                created++;
            } else if ((item.getStatus() == MissedBillingStatus.OPEN || item.getStatus() == MissedBillingStatus.SNOOZED)
                    && !sameValues(row, item)) {
                Map<String, Object> before = snapshot(item);
                copyValues(row, item, period);
                AuditLog.record(session, AUDIT_TYPE, item.getId(), "refresh", before, snapshot(item), "reconciliation re-run");
                updated++;
            }
        }
        int resolved = 0;
        for (Map.Entry<String, MissedBillingItem> entry : existing.entrySet()) {
            MissedBillingItem item = entry.getValue();
            if (item.getStatus() == MissedBillingStatus.OPEN && !stillMissed.contains(entry.getKey())) {
                AuditLog.record(session, AUDIT_TYPE, item.getId(), "resolved", snapshot(item), null,
                        "no longer under-billed in the " + period + " reconciliation");
                session.remove(item);
                resolved++;
            }
        }
        return new RefreshResult(created, updated, reopened, resolved);
    }

    private static void copyValues(ReconciliationRow row, MissedBillingItem item, String period) {
        item.setSource(sourceOf(row));
        item.setExpectedQuantity(row.expectedQuantity());
        item.setBilledQuantity(row.billedQuantity());
        item.setExpectedAmount(row.expectedAmount());
        item.setBilledAmount(row.billedAmount());
        item.setUnitPrice(row.expectedUnitPrice());
        item.setCurrency(row.currency());
        item.setDescription(row.productName() + " – " + period + " (missed billing)");
    }

    private static boolean sameValues(ReconciliationRow row, MissedBillingItem item) {
        return same(row.expectedQuantity(), item.getExpectedQuantity()) && same(row.billedQuantity(), item.getBilledQuantity())
                && same(row.expectedAmount(), item.getExpectedAmount()) && same(row.billedAmount(), item.getBilledAmount())
                && same(row.expectedUnitPrice(), item.getUnitPrice()) && sourceOf(row).equals(item.getSource());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** What the expectation rests on: devices, a contract, or subscriptions. */
    private static String sourceOf(ReconciliationRow row) {
        boolean devices = row.sources().stream().anyMatch(s -> s.kind() == SourceRecord.Kind.DEVICES);
        if (devices) {
            return "DEVICES";
        }
        return row.contractedQuantity().signum() > 0 ? "CONTRACT" : "SUBSCRIPTION";
    }

    /** Re-opens snoozed items whose date has come (their date is the first day they are back). */
    int wakeDue(Session session) {
        List<MissedBillingItem> due = session.createSelectionQuery(
                        "from MissedBillingItem where status = :snoozed and snoozeUntil <= :today", MissedBillingItem.class)
                .setParameter("snoozed", MissedBillingStatus.SNOOZED).setParameter("today", today()).getResultList();
        for (MissedBillingItem item : due) {
            Map<String, Object> before = snapshot(item);
            item.setStatus(MissedBillingStatus.OPEN);
            item.setSnoozeUntil(null);
            AuditLog.record(session, AUDIT_TYPE, item.getId(), "snooze-expired", before, snapshot(item), null);
        }
        return due.size();
    }

    /** The items matching the query, largest shortfall first; snoozed items whose date has come are back first. */
    public List<MissedBillingEntry> list(MissedBillingQuery query) {
        return store.inTransaction(session -> {
            wakeDue(session);
            session.flush();
            StringBuilder hql = new StringBuilder("select m, c.name, p.sku, p.name from MissedBillingItem m, Client c, Product p"
                    + " where m.clientId = c.id and m.productId = p.id");
            if (!query.statuses().isEmpty()) {
                hql.append(" and m.status in (:statuses)");
            }
            if (query.period() != null) {
                hql.append(" and m.period = :period");
            }
            if (query.clientId() != null) {
                hql.append(" and m.clientId = :client");
            }
            hql.append(" order by (m.expectedAmount - m.billedAmount) desc, c.name, p.sku");
            var select = session.createSelectionQuery(hql.toString(), Object[].class);
            if (!query.statuses().isEmpty()) {
                select.setParameter("statuses", query.statuses());
            }
            if (query.period() != null) {
                select.setParameter("period", query.period());
            }
            if (query.clientId() != null) {
                select.setParameter("client", query.clientId());
            }
            return select.getResultList().stream()
                    .map(r -> MissedBillingEntry.of((MissedBillingItem) r[0], (String) r[1], (String) r[2], (String) r[3]))
                    .toList();
        });
    }

    /** What an apply did: the batch to undo it by, and the draft invoice lines it added. */
    public record ApplyResult(String batch, int applied, List<Long> lineIds, Map<String, BigDecimal> amountByCurrency) {
    }

    /**
     * Bills the items on each client's draft invoice for the item's period (an adjustment draft when that
     * period's invoice is already approved or pushed). All or nothing, in one transaction; cancelling through
     * {@code progress} rolls it back.
     */
    public ApplyResult apply(Collection<Long> ids, String reason, BulkProgress progress) {
        String batch = UUID.randomUUID().toString();
        return store.inTransaction(session -> {
            List<MissedBillingItem> items = load(session, ids);
            requireStatus(items, "applied", Set.of(MissedBillingStatus.OPEN, MissedBillingStatus.SNOOZED));
            Map<Long, Product> products = new HashMap<>();
            List<Long> lineIds = new ArrayList<>();
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            int done = 0;
            progress.update(0, items.size());
            for (MissedBillingItem item : items) {
                if (progress.cancelled()) {
                    throw new CancellationException("Apply cancelled: nothing was applied.");
                }
                Product product = products.computeIfAbsent(item.getProductId(), id -> session.find(Product.class, id));
                Map<String, Object> before = snapshot(item);
                GeneratedInvoiceLine line = DraftInvoices.addLine(session, item.getClientId(), Period.parse(item.getPeriod()),
                        lineFor(item, product));
                item.setStatus(MissedBillingStatus.APPLIED);
                item.setSnoozeUntil(null);
                item.setAppliedLineId(line.getId());
                item.setApplyBatch(batch);
                decided(item, reason);
                AuditLog.record(session, AUDIT_TYPE, item.getId(), "apply", before, snapshot(item), reason);
                lineIds.add(line.getId());
                amounts.merge(item.getCurrency(), line.getLineAmount(), BigDecimal::add);
                progress.update(++done, items.size());
            }
            return new ApplyResult(batch, items.size(), lineIds, amounts);
        });
    }

    /**
     * The line that bills an item's shortfall: the missing units at the expected unit price when that comes to
     * the shortfall exactly, otherwise one line of the shortfall amount (a price difference, or prorated units).
     */
    static NewInvoiceLine lineFor(MissedBillingItem item, Product product) {
        Period period = Period.parse(item.getPeriod());
        BigDecimal shortfall = item.shortfallAmount();
        BigDecimal units = item.shortfallQuantity();
        BigDecimal quantity = BigDecimal.ONE;
        BigDecimal unitPrice = shortfall;
        String description = item.getDescription() == null ? product.getName() + " – " + period + " (missed billing)" : item.getDescription();
        if (units.signum() > 0 && item.getUnitPrice() != null
                && Money.round(units.multiply(item.getUnitPrice()), Money.currency(item.getCurrency())).compareTo(shortfall) == 0) {
            quantity = units.stripTrailingZeros();
            unitPrice = item.getUnitPrice();
        } else if (units.signum() <= 0) {
            description = description + ", price difference";
        }
        return new NewInvoiceLine(product.getId(), product.getSku(), description, quantity, unitPrice, BigDecimal.ZERO,
                product.getTaxType(), product.getSalesAccountCode(), period.firstDay(), period.lastDay(),
                LineSource.MISSED_BILLING, "missed:" + item.getId());
    }

    /** Hides items until {@code until} (they are back on that day). */
    public int snooze(Collection<Long> ids, LocalDate until, String reason) {
        if (until == null || !until.isAfter(today())) {
            throw new InvalidInputException("Snooze date " + until + " must be after today (" + today() + ").");
        }
        return decide(ids, "snooze", MissedBillingStatus.SNOOZED, until, reason);
    }

    /** Dismisses items for good (for that client, product and period), e.g. "included in bundle". */
    public int dismiss(Collection<Long> ids, String reason) {
        return decide(ids, "dismiss", MissedBillingStatus.DISMISSED, null, reason);
    }

    /** Snooze and dismiss: a decision with a required reason on open or snoozed items, all or nothing. */
    private int decide(Collection<Long> ids, String action, MissedBillingStatus status, LocalDate until, String reason) {
        String why = requireReason(reason, action);
        return store.inTransaction(session -> {
            List<MissedBillingItem> items = load(session, ids);
            requireStatus(items, action.endsWith("e") ? action + "d" : action + "ed", Set.of(MissedBillingStatus.OPEN, MissedBillingStatus.SNOOZED));
            for (MissedBillingItem item : items) {
                Map<String, Object> before = snapshot(item);
                item.setStatus(status);
                item.setSnoozeUntil(until);
                decided(item, why);
                AuditLog.record(session, AUDIT_TYPE, item.getId(), action, before, snapshot(item), why);
            }
            return items.size();
        });
    }

    /**
     * Undoes an apply: removes the lines from their drafts and re-opens the items. Refused (nothing changes)
     * once any of those drafts has been approved or pushed.
     */
    public int undoBatch(String batch) {
        return store.inTransaction(session -> {
            List<MissedBillingItem> items = session.createSelectionQuery(
                            "from MissedBillingItem where applyBatch = :batch and status = :applied", MissedBillingItem.class)
                    .setParameter("batch", batch).setParameter("applied", MissedBillingStatus.APPLIED).getResultList();
            if (items.isEmpty()) {
                throw new InvalidInputException("No applied items belong to batch " + batch + ": it was undone already, or the id is wrong.");
            }
            return undo(session, items, "undo " + batch);
        });
    }

    /** Undoes decisions on single items: applied ones lose their line, snoozed and dismissed ones re-open. */
    public int undo(Collection<Long> ids) {
        return store.inTransaction(session -> {
            List<MissedBillingItem> items = load(session, ids);
            requireStatus(items, "re-opened", Set.of(MissedBillingStatus.APPLIED, MissedBillingStatus.SNOOZED, MissedBillingStatus.DISMISSED));
            return undo(session, items, "undo");
        });
    }

    private int undo(Session session, List<MissedBillingItem> items, String why) {
        for (MissedBillingItem item : items) {
            Map<String, Object> before = snapshot(item);
            if (item.getAppliedLineId() != null) {
                DraftInvoices.removeLine(session, item.getAppliedLineId());
            }
            item.setStatus(MissedBillingStatus.OPEN);
            item.setAppliedLineId(null);
            item.setApplyBatch(null);
            item.setSnoozeUntil(null);
            decided(item, why);
            AuditLog.record(session, AUDIT_TYPE, item.getId(), "undo", before, snapshot(item), why);
        }
        return items.size();
    }

    /** The ids of every OPEN item, optionally of one period: what {@code --all-open} selects. */
    public List<Long> openIds(String period) {
        return store.inTransaction(session -> {
            wakeDue(session);
            session.flush();
            return session.createSelectionQuery("select id from MissedBillingItem where status = :open"
                            + (period == null ? "" : " and period = :period") + " order by id", Long.class)
                    .setParameter("open", MissedBillingStatus.OPEN)
                    .setProperties(period == null ? Map.of() : Map.of("period", period))
                    .getResultList();
        });
    }

    private static List<MissedBillingItem> load(Session session, Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new InvalidInputException("No missed-billing items selected: give item ids or --all-open.");
        }
        List<Long> distinct = ids.stream().distinct().toList();
        List<MissedBillingItem> items = new ArrayList<>();
        for (List<Long> chunk : chunks(distinct)) {
            items.addAll(session.createSelectionQuery("from MissedBillingItem where id in (:ids) order by id", MissedBillingItem.class)
                    .setParameter("ids", chunk).getResultList());
        }
        if (items.size() != distinct.size()) {
            Set<Long> found = items.stream().map(MissedBillingItem::getId).collect(Collectors.toSet());
            List<Long> missing = distinct.stream().filter(id -> !found.contains(id)).limit(10).toList();
            throw new InvalidInputException("No missed-billing item with id " + missing + ": run 'missed list' for the ids.");
        }
        return items;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    private static void requireStatus(List<MissedBillingItem> items, String action, Set<MissedBillingStatus> allowed) {
        List<String> refused = items.stream().filter(i -> !allowed.contains(i.getStatus()))
                .map(i -> i.getId() + " (" + i.getStatus().name().toLowerCase() + ")").limit(10).toList();
        if (!refused.isEmpty()) {
            throw new ConflictException("Items " + String.join(", ", refused) + " cannot be " + action
                    + " in their state; nothing was changed. Deselect them (or undo them first) and try again.");
        }
    }

    private static String requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("A reason is required to " + action + " missed billing (it is kept in the audit trail).");
        }
        return reason.trim();
    }

    private void decided(MissedBillingItem item, String reason) {
        item.setReason(reason);
        item.setDecidedBy(Actor.current());
        item.setDecidedAt(clock.instant());
    }

    private static Map<String, Object> snapshot(MissedBillingItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("client", item.getClientId());
        map.put("product", item.getProductId());
        map.put("period", item.getPeriod());
        map.put("status", item.getStatus());
        map.put("expectedQuantity", item.getExpectedQuantity());
        map.put("billedQuantity", item.getBilledQuantity());
        map.put("expectedAmount", item.getExpectedAmount());
        map.put("billedAmount", item.getBilledAmount());
        map.put("snoozeUntil", item.getSnoozeUntil());
        map.put("appliedLineId", item.getAppliedLineId());
        map.values().removeIf(Objects::isNull);
        return map;
    }
}
