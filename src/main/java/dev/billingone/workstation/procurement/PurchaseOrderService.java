package dev.billingone.workstation.procurement;

import dev.billingone.workstation.billing.DraftInvoices;
import dev.billingone.workstation.billing.LineSource;
import dev.billingone.workstation.billing.NewInvoiceLine;
import dev.billingone.workstation.catalog.Product;
import dev.billingone.workstation.clients.Client;
import dev.billingone.workstation.core.ConflictException;
import dev.billingone.workstation.core.InvalidInputException;
import dev.billingone.workstation.core.Money;
import dev.billingone.workstation.core.Period;
import dev.billingone.workstation.store.AuditLog;
import dev.billingone.workstation.store.Store;
import dev.billingone.workstation.store.Versions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Purchase orders: full edit, draft → ordered → partially/fully received, cancel, and "bill this to the client".
 * Each action is one transaction with an audit row; actions name the version they started from.
 */
public final class PurchaseOrderService {
    static final String AUDIT_TYPE = "purchase_order";
    private static final Set<PurchaseOrderStatus> EDITABLE = EnumSet.of(PurchaseOrderStatus.DRAFT,
            PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
    private static final Set<PurchaseOrderStatus> RECEIVABLE = EnumSet.of(PurchaseOrderStatus.ORDERED,
            PurchaseOrderStatus.PARTIALLY_RECEIVED);

    private final Store store;

    public PurchaseOrderService(Store store) {
        this.store = store;
    }

    public List<PurchaseOrderSummary> list(PurchaseOrderStatus status, String text) {
        return store.read(session -> {
            Map<Long, String> clients = clientNames(session);
            Map<Long, List<PurchaseOrderLine>> lines = session.createSelectionQuery("from PurchaseOrderLine order by lineNo",
                            PurchaseOrderLine.class).getResultList().stream()
                    .collect(Collectors.groupingBy(PurchaseOrderLine::getPurchaseOrderId));
            String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return session.createSelectionQuery("from PurchaseOrder order by orderDate desc, poNumber desc", PurchaseOrder.class)
                    .getResultList().stream()
                    .filter(o -> status == null || o.getStatus() == status)
                    .filter(o -> needle.isEmpty() || o.getPoNumber().toLowerCase(Locale.ROOT).contains(needle)
                            || o.getSupplier().toLowerCase(Locale.ROOT).contains(needle))
                    .map(o -> summary(o, lines.getOrDefault(o.getId(), List.of()), clients))
                    .toList();
        });
    }

    private static PurchaseOrderSummary summary(PurchaseOrder order, List<PurchaseOrderLine> lines, Map<Long, String> clients) {
        BigDecimal cost = lines.stream().map(l -> l.getQuantity().multiply(l.getUnitCost())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unbilled = lines.stream().filter(l -> l.getClientId() != null)
                .map(l -> l.getReceivedQuantity().subtract(l.getBilledQuantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PurchaseOrderSummary(order.getId(), order.getVersion(), order.getPoNumber(), order.getSupplier(),
                order.getStatus(), order.getOrderDate(), order.getClientId() == null ? "" : clients.get(order.getClientId()),
                Money.of(cost, order.getCurrency()), unbilled);
    }

    public PurchaseOrderDetail get(long id) {
        return store.read(session -> {
            PurchaseOrder order = require(session, id);
            Map<Long, Product> products = session.createSelectionQuery("from Product", Product.class).getResultList().stream()
                    .collect(Collectors.toMap(Product::getId, Function.identity()));
            return new PurchaseOrderDetail(order, lines(session, id), products, clientNames(session));
        });
    }

    public long create(PurchaseOrderInput input) {
        return store.inTransaction(session -> {
            PurchaseOrderValidation.check(session, input, Map.of());
            PurchaseOrder order = new PurchaseOrder();
            order.setPoNumber(nextPoNumber(session));
            order.setStatus(PurchaseOrderStatus.DRAFT);
            applyHeader(order, input);
            session.persist(order);
            List<PurchaseOrderLine> lines = applyLines(session, order, input, List.of());
            AuditLog.record(session, AUDIT_TYPE, order.getId(), "create", null, snapshot(order, lines), null);
            return order.getId();
        });
    }

    public void update(long id, long expectedVersion, PurchaseOrderInput input) {
        store.write(session -> {
            PurchaseOrder order = requireVersion(session, id, expectedVersion);
            requireStatus(order, EDITABLE, "edited");
            List<PurchaseOrderLine> existing = lines(session, id);
            Object before = snapshot(order, existing);
            PurchaseOrderValidation.check(session, input, existing.stream()
                    .collect(Collectors.toMap(PurchaseOrderLine::getId, Function.identity())));
            applyHeader(order, input);
            List<PurchaseOrderLine> lines = applyLines(session, order, input, existing);
            if (order.getStatus() != PurchaseOrderStatus.DRAFT) {
                order.setStatus(receivedStatus(lines));
            }
            AuditLog.record(session, AUDIT_TYPE, id, "update", before, snapshot(order, lines), null);
        });
    }

    /** The order has been sent to the supplier: from now on goods can be received against it. */
    public void markOrdered(long id, long expectedVersion) {
        store.write(session -> {
            PurchaseOrder order = requireVersion(session, id, expectedVersion);
            requireStatus(order, EnumSet.of(PurchaseOrderStatus.DRAFT), "ordered");
            order.setStatus(PurchaseOrderStatus.ORDERED);
            AuditLog.record(session, AUDIT_TYPE, id, "order", PurchaseOrderStatus.DRAFT, order.getStatus(), null);
        });
    }

    /** Cancels an order nothing has been received on. */
    public void cancel(long id, long expectedVersion, String reason) {
        store.write(session -> {
            PurchaseOrder order = requireVersion(session, id, expectedVersion);
            requireStatus(order, EnumSet.of(PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.ORDERED), "cancelled");
            PurchaseOrderStatus before = order.getStatus();
            order.setStatus(PurchaseOrderStatus.CANCELLED);
            AuditLog.record(session, AUDIT_TYPE, id, "cancel", before, order.getStatus(), reason);
        });
    }

    /**
     * Books goods in. A line's goods all go to one place: once part of a line went to stock or to a client, the
     * rest must follow (split the line to send it elsewhere).
     */
    public void receive(long id, long expectedVersion, List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            throw new InvalidInputException("Enter a received quantity on at least one line.");
        }
        store.write(session -> {
            PurchaseOrder order = requireVersion(session, id, expectedVersion);
            requireStatus(order, RECEIVABLE, "received");
            List<PurchaseOrderLine> lines = lines(session, id);
            Map<Long, PurchaseOrderLine> byId = lines.stream().collect(Collectors.toMap(PurchaseOrderLine::getId, Function.identity()));
            for (Receipt receipt : receipts) {
                PurchaseOrderLine line = byId.get(receipt.lineId());
                if (line == null) {
                    throw new InvalidInputException("Line " + receipt.lineId() + " is not on " + order.getPoNumber()
                            + ": reload the order.");
                }
                bookIn(session, order, line, receipt);
            }
            order.setStatus(receivedStatus(lines));
            AuditLog.record(session, AUDIT_TYPE, id, "receive", null, receipts, null);
        });
    }

    private static void bookIn(Session session, PurchaseOrder order, PurchaseOrderLine line, Receipt receipt) {
        String where = order.getPoNumber() + " line " + line.getLineNo() + ": ";
        if (receipt.quantity() == null || receipt.quantity().signum() <= 0) {
            throw new InvalidInputException(where + "the received quantity must be more than 0.");
        }
        BigDecimal received = line.getReceivedQuantity().add(receipt.quantity());
        if (received.compareTo(line.getQuantity()) > 0) {
            throw new InvalidInputException(where + "receiving " + plain(receipt.quantity()) + " would make "
                    + plain(received) + " of " + plain(line.getQuantity()) + " ordered; raise the ordered quantity first.");
        }
        if (receipt.clientId() != null && session.find(Client.class, receipt.clientId()) == null) {
            throw new InvalidInputException(where + "client " + receipt.clientId() + " does not exist.");
        }
        if (line.getReceivedQuantity().signum() > 0 && !Objects.equals(line.getClientId(), receipt.clientId())) {
            throw new ConflictException(where + "earlier goods of this line went "
                    + (line.getClientId() == null ? "to stock" : "to client " + line.getClientId())
                    + "; the rest must go there too (split the line to send part elsewhere).");
        }
        line.setClientId(receipt.clientId());
        line.setReceivedQuantity(received);
    }

    private static PurchaseOrderStatus receivedStatus(List<PurchaseOrderLine> lines) {
        boolean all = lines.stream().allMatch(l -> l.getReceivedQuantity().compareTo(l.getQuantity()) >= 0);
        boolean any = lines.stream().anyMatch(l -> l.getReceivedQuantity().signum() > 0);
        return all ? PurchaseOrderStatus.RECEIVED : any ? PurchaseOrderStatus.PARTIALLY_RECEIVED : PurchaseOrderStatus.ORDERED;
    }

    /**
     * Puts every received-but-unbilled unit that went to a client on that client's draft invoice for
     * {@code period}, at the catalog sell price, and records it as billed so a second click adds nothing.
     */
    public BilledToClients billToClients(long id, Period period) {
        return store.inTransaction(session -> {
            PurchaseOrder order = require(session, id);
            int added = 0;
            Set<Long> invoices = new LinkedHashSet<>();
            for (PurchaseOrderLine line : lines(session, id)) {
                BigDecimal unbilled = line.getReceivedQuantity().subtract(line.getBilledQuantity());
                if (line.getClientId() == null || unbilled.signum() <= 0) {
                    continue;
                }
                Product product = session.find(Product.class, line.getProductId());
                NewInvoiceLine invoiceLine = invoiceLine(session, order, line, product, unbilled);
                invoices.add(DraftInvoices.addLine(session, line.getClientId(), period, invoiceLine).getInvoiceId());
                line.setBilledQuantity(line.getReceivedQuantity());
                added++;
            }
            if (added > 0) {
                AuditLog.record(session, AUDIT_TYPE, id, "bill-to-client", null,
                        Map.of("period", period.toString(), "lines", added, "invoices", invoices), null);
            }
            return new BilledToClients(added, invoices);
        });
    }

    private static NewInvoiceLine invoiceLine(Session session, PurchaseOrder order, PurchaseOrderLine line, Product product,
                                              BigDecimal quantity) {
        String where = order.getPoNumber() + " line " + line.getLineNo() + " (" + product.getSku() + "): ";
        if (product.getUnitPrice() == null) {
            throw new InvalidInputException(where + "the product has no sell price; set one in the catalog, then bill again.");
        }
        Client client = session.find(Client.class, line.getClientId());
        if (!client.getCurrency().equalsIgnoreCase(product.getCurrency())) {
            throw new InvalidInputException(where + "the sell price is in " + product.getCurrency() + " but "
                    + client.getName() + " is billed in " + client.getCurrency() + "; add it to the draft by hand.");
        }
        String description = (line.getDescription() == null || line.getDescription().isBlank()
                ? product.getName() : line.getDescription()) + " (" + order.getPoNumber() + ")";
        String taxType = product.getTaxType() != null ? product.getTaxType() : client.getDefaultTaxType();
        return new NewInvoiceLine(product.getId(), product.getSku(), description, quantity, product.getUnitPrice(),
                BigDecimal.ZERO, taxType, product.getSalesAccountCode(), null, null, LineSource.PROCUREMENT,
                "po-line:" + line.getId());
    }

    private static String nextPoNumber(Session session) {
        String highest = session.createSelectionQuery(
                        "select max(poNumber) from PurchaseOrder where poNumber like 'PO-_____'", String.class)
                .getSingleResult();
        long next = highest == null ? 1 : Long.parseLong(highest.substring(3)) + 1;
        return String.format("PO-%05d", next);
    }

    private static void applyHeader(PurchaseOrder order, PurchaseOrderInput input) {
        order.setSupplier(input.supplier().trim());
        order.setOrderDate(input.orderDate());
        order.setClientId(input.clientId());
        order.setCurrency(input.currency().trim().toUpperCase(Locale.ROOT));
        order.setNotes(input.notes());
    }

    private static List<PurchaseOrderLine> applyLines(Session session, PurchaseOrder order, PurchaseOrderInput input,
                                                      List<PurchaseOrderLine> existing) {
        Map<Long, PurchaseOrderLine> byId = existing.stream().collect(Collectors.toMap(PurchaseOrderLine::getId,
                Function.identity(), (a, b) -> a, HashMap::new));
        List<PurchaseOrderLine> result = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            PurchaseOrderInput.Line in = input.lines().get(i);
            PurchaseOrderLine line = in.id() == null ? new PurchaseOrderLine() : byId.remove(in.id());
            if (line == null) {
                throw new InvalidInputException("Line " + (i + 1) + " (id " + in.id()
                        + ") is not on this order: reload it and edit again.");
            }
            boolean received = line.getReceivedQuantity().signum() > 0;
            if (received && in.clientId() != null && !in.clientId().equals(line.getClientId())) {
                throw new ConflictException("Line " + (i + 1) + " has goods received already; its destination can no longer change.");
            }
            line.setPurchaseOrderId(order.getId());
            line.setLineNo(i + 1);
            line.setProductId(in.productId());
            line.setDescription(in.description());
            line.setQuantity(in.quantity());
            line.setUnitCost(in.unitCost());
            if (!received) {
                line.setClientId(in.clientId() != null ? in.clientId() : order.getClientId());
            }
            if (line.getId() == null) {
                session.persist(line);
            }
            result.add(line);
        }
        for (PurchaseOrderLine removed : byId.values()) {
            if (removed.getReceivedQuantity().signum() > 0) {
                throw new ConflictException("Line " + removed.getLineNo() + " has goods received and cannot be removed.");
            }
            session.remove(removed);
        }
        return result;
    }

    private record Snapshot(PurchaseOrderStatus status, PurchaseOrderInput order) {
    }

    private static Snapshot snapshot(PurchaseOrder order, List<PurchaseOrderLine> lines) {
        return new Snapshot(order.getStatus(), new PurchaseOrderInput(order.getSupplier(), order.getOrderDate(),
                order.getClientId(), order.getCurrency(), order.getNotes(), lines.stream()
                .map(l -> new PurchaseOrderInput.Line(l.getId(), l.getProductId(), l.getDescription(), l.getQuantity(),
                        l.getUnitCost(), l.getClientId()))
                .toList()));
    }

    private static List<PurchaseOrderLine> lines(Session session, long orderId) {
        return session.createSelectionQuery("from PurchaseOrderLine where purchaseOrderId = :id order by lineNo",
                        PurchaseOrderLine.class)
                .setParameter("id", orderId)
                .getResultList();
    }

    private static Map<Long, String> clientNames(Session session) {
        return session.createSelectionQuery("from Client", Client.class).getResultList().stream()
                .collect(Collectors.toMap(Client::getId, Client::getName));
    }

    private static PurchaseOrder require(Session session, long id) {
        PurchaseOrder order = session.find(PurchaseOrder.class, id);
        if (order == null) {
            throw new InvalidInputException("Purchase order " + id + " does not exist: reload the list.");
        }
        return order;
    }

    private static PurchaseOrder requireVersion(Session session, long id, long expectedVersion) {
        PurchaseOrder order = require(session, id);
        Versions.require(order, expectedVersion, "Purchase order " + order.getPoNumber());
        return order;
    }

    private static void requireStatus(PurchaseOrder order, Set<PurchaseOrderStatus> allowed, String verb) {
        if (!allowed.contains(order.getStatus())) {
            throw new ConflictException("Purchase order " + order.getPoNumber() + " is "
                    + order.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " and cannot be " + verb + ".");
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
